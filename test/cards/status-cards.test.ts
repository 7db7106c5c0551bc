import { describe, expect, it } from 'vitest';
import { buildJobReportCard } from '../../cards/job-report-card.ts';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { NOTICES } from '../../cards/texts/notices.ts';
import { buildDistrictStatusCard, buildFocusAreaStatusCard, buildMissingReportsCard, buildWeekStatusCard } from '../../cards/status-answer-card.ts';
import { readStatusForm } from '../../cards/status-form.ts';
import { buildStatusFormCard, buildStatusSummaryCard, inputId } from '../../cards/status-report-card.ts';
import type { WeekOverview } from '../../src/app/status-overview.ts';
import { applySubmission, currentRevision } from '../../src/domain/status-report.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { parseProblems } from '../support/parse-card.ts';

const kb = await loadKnowledgeBaseFromFiles('t');
const district = kb.districts.find((d) => d.id === 'rinkeby-kista')!;
const focusAreas = kb.focusAreas.map(({ id, name }) => ({ id, name }));
const view = { district, week: '2026-W48', focusAreas, deadlineText: 'tors 26 nov 17:00' };
const long = 'å'.repeat(500);
const content = {
  entries: kb.focusAreas.map((area) => ({ focusAreaId: area.id, level: 'red' as const, trend: 'worse' as const, comment: long })),
  priorityComment: 'ä'.repeat(1000),
  overallComment: 'ö'.repeat(2000),
};
const { report } = applySubmission(undefined, { tenantId: 't', districtId: district.id, week: '2026-W48' }, {
  content,
  basedOn: 0,
  by: { aadObjectId: 'a', name: 'Anna' },
  at: new Date('2026-11-23T08:00:00Z'),
  deadline: new Date('2026-11-26T16:00:00Z'),
});
const overview: WeekOverview = { week: '2026-W48', districts: kb.districts, focusAreas: kb.focusAreas, reports: new Map([[district.id, report]]) };

const cards = {
  'empty form (sv)': buildStatusFormCard({ ...view, language: 'sv', basedOn: 0, prefillSource: 'none' }),
  'full form with errors (en)': buildStatusFormCard({ ...view, language: 'en', basedOn: 1, prefill: content, prefillSource: 'current', errors: { [inputId.overallComment]: 'too long' }, reminder: true }),
  'summary after a stale send': buildStatusSummaryCard({ ...view, language: 'sv', revision: currentRevision(report), submittedText: 'mån 09:42', canEdit: true, deadlinePassed: false, staleNotice: { currentBy: 'Bo' } }),
  'district status': buildDistrictStatusCard(overview, district.id, 'sv'),
  'focus area status': buildFocusAreaStatusCard(overview, 'kamerabevakning', 'en'),
  'week status': buildWeekStatusCard(overview, 'sv'),
  'missing reports': buildMissingReportsCard(overview, 'sv'),
  notice: buildNoticeCard(NOTICES.notAContact, 'en'),
  'job report': buildJobReportCard({ job: 'status-request', week: '2026-W48', ran: true, queued: 3, drain: { sent: 2, failed: 0, unreachable: 1, resent: 0, skipped: 0, throttled: 0 }, unreachable: ['x'] }, new Map([['x', 'Demo']]), 'sv'),
};

describe('status cards', () => {
  it.each(Object.entries(cards))('%s is Adaptive Card 1.5 that the official parser accepts, under 28 KB, with fallback text', (_name, { card, text }) => {
    expect(card.version).toBe('1.5');
    expect(parseProblems(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
    expect(text.length).toBeGreaterThan(0);
  });

  it('reads back what the form sends, and refuses a missing level next to its field', () => {
    const data: Record<string, unknown> = {};
    for (const area of kb.focusAreas) Object.assign(data, { [inputId.level(area.id)]: 'yellow', [inputId.trend(area.id)]: 'better' });
    data[inputId.comment('kamerabevakning')] = '  trasig kamera  ';
    const ok = readStatusForm(data, kb.focusAreas.map((a) => a.id), 'sv');
    expect(ok.ok && ok.content.entries.find((e) => e.focusAreaId === 'kamerabevakning')).toMatchObject({ level: 'yellow', trend: 'better', comment: 'trasig kamera' });
    delete data[inputId.level('ordningsvakter')];
    const missing = readStatusForm(data, kb.focusAreas.map((a) => a.id), 'en');
    expect(missing).toEqual({ ok: false, errors: { [inputId.level('ordningsvakter')]: 'Choose a level.' } });
  });
});
