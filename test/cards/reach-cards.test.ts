import { describe, expect, it } from 'vitest';
import { buildJobReportCard } from '../../cards/job-report-card.ts';
import { buildRosterCard, PEOPLE_DATASET, ROSTER_INPUTS } from '../../cards/roster-card.ts';
import { buildTaskUnreachableCard } from '../../cards/task-unreachable-card.ts';
import type { JobReport } from '../../src/app/status-jobs.ts';
import type { Task } from '../../src/domain/task.ts';
import { findInput, textOf } from '../support/card-helpers.ts';
import { parseProblems } from '../support/parse-card.ts';

const report: JobReport = {
  job: 'status-request',
  week: '2026-W50',
  ran: true,
  queued: 4,
  drain: { sent: 2, failed: 0, unreachable: 2, resent: 0, skipped: 0, throttled: 0 },
  unreachable: ['p3', 'p4'],
  reach: { direct: ['p1'], viaTeam: ['p2'], unreachable: [{ id: 'p3', reason: 'no-team' }] },
};
const task = { id: 't-0007', title: 'Trygghetsvandring [klicka](http://x)' } as Task;

describe('the cards that say how people were reached', () => {
  it('the job report counts direct and via-team, and names each unreachable person with the reason (markdown-escaped)', () => {
    const names = new Map([['p3', 'Anna *A*'], ['p4', 'Per']]);
    const { card, text } = buildJobReportCard(report, names, 'sv');
    expect(parseProblems(card)).toEqual([]);
    expect(text).toContain('Nådda via teamet (chatt öppnad av Samverkan): 1');
    expect(textOf(card)).toContain('Anna \\\\*A\\\\* – appen är inte installerad i något team');
    // Not found by the reach step but refused by Teams: blocked.
    expect(text).toContain('Per – har blockerat Samverkan eller tagit bort appen');
    const english = buildJobReportCard(report, names, 'en').text;
    expect(english).toContain('Reached directly (own chat with Samverkan): 1');
    expect(english).toContain('Per: has blocked Samverkan or removed the app');
  });

  it('without a team directory the report stays as it was', () => {
    const { reach: _reach, ...plain } = report as Extract<JobReport, { ran: true }>;
    expect(buildJobReportCard(plain, new Map(), 'sv').text).not.toContain('Nådda');
  });

  it('the creator’s notice names the task, the assignee and the reason, and opens the task', () => {
    const { card, text } = buildTaskUnreachableCard({ kind: 'reminder', task, assigneeName: 'Per', reason: 'not-in-team' }, 'en');
    expect(parseProblems(card)).toEqual([]);
    expect(text).toContain('The reminder about t-0007 did not reach Per');
    expect(text).toContain('Reason: not a member of the team the app is installed in.');
    expect(textOf(card)).not.toContain('[klicka](http');
    expect(JSON.stringify(card)).toContain('"verb":"task.show"');
  });

  it('the roster card’s person picker asks the bot as the admin types only when a team is installed', () => {
    const view = { language: 'sv' as const, roster: [], districts: [], knownPeople: [{ aadObjectId: 'a', name: 'Anna' }] };
    const withTeam = buildRosterCard({ ...view, teamSearch: true }).card;
    expect(parseProblems(withTeam)).toEqual([]);
    expect(findInput(withTeam, ROSTER_INPUTS.person)?.['choices.data']).toEqual({ type: 'Data.Query', dataset: PEOPLE_DATASET, count: 15 });
    expect(findInput(buildRosterCard(view).card, ROSTER_INPUTS.person)?.['choices.data']).toBeUndefined();
  });
});
