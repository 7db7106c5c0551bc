import { describe, expect, it } from 'vitest';
import { buildDecisionListCard } from '../../cards/decision-card.ts';
import { escapeMarkdown } from '../../cards/escape-markdown.ts';
import { buildRosterCard } from '../../cards/roster-card.ts';
import { buildDistrictStatusCard } from '../../cards/status-answer-card.ts';
import { buildStatusSummaryCard } from '../../cards/status-report-card.ts';
import { buildTaskCard, buildTaskListCard, buildTaskNotificationCard } from '../../cards/task-card.ts';
import type { WeekOverview } from '../../src/app/status-overview.ts';
import { newDecision } from '../../src/domain/decision.ts';
import { applySubmission, currentRevision } from '../../src/domain/status-report.ts';
import { newTask } from '../../src/domain/task-change.ts';
import { dueOfWeek } from '../../src/domain/task-due.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';

const LINK = '[klicka](http://evil.example/x)';
const IMAGE = '![x](http://img.example/p.png)';
const HOSTILE = `${LINK} ${IMAGE} **fet** <b>html</b> \`kod\` ~~s~~ | a | b |\n- lista\n1. numrerad\n# rubrik`;
const by = { aadObjectId: 'm', name: `Mallory ${LINK}` };
const at = new Date('2026-11-20T10:00:00Z');
const now = new Date('2026-11-25T10:00:00Z');

/** Every string in a card (text, fact titles and values, fallback), at any depth. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Markdown that would render as a link or an image: `](` or `![` not preceded by a backslash. */
const activeMarkdown = (card: unknown) => stringsOf(card).filter((text) => /(?<!\\)\]\(/.test(text) || /(?<!\\)!\[/.test(text));

const kb = await loadKnowledgeBaseFromFiles('t');
const district = kb.districts.find((d) => d.id === 'farsta')!;
const focusAreas = kb.focusAreas.map(({ id, name }) => ({ id, name }));
const { report } = applySubmission(undefined, { tenantId: 't', districtId: district.id, week: '2026-W48' }, {
  content: {
    entries: kb.focusAreas.map((area) => ({ focusAreaId: area.id, level: 'red' as const, trend: 'worse' as const, comment: HOSTILE })),
    priorityComment: HOSTILE,
    overallComment: HOSTILE,
  },
  basedOn: 0,
  by,
  at,
  deadline: new Date('2026-11-26T16:00:00Z'),
});
const fields = { title: HOSTILE.slice(0, 150), focusAreaId: 'kamerabevakning', districtId: 'farsta', owner: { name: `Ägare ${IMAGE}`, kind: 'forvaltning' as const }, due: dueOfWeek('2027-W06') };
const task = { ...newTask({ tenantId: 't', number: 1, fields, by, at }), assignee: by, comments: [{ by, at: at.toISOString(), text: HOSTILE }] };
const overview: WeekOverview = { week: '2026-W48', districts: kb.districts, focusAreas: kb.focusAreas, reports: new Map([[district.id, report]]) };

describe('user-written text in cards', () => {
  it('escapes links, images, emphasis, HTML and leading list and heading markers', () => {
    expect(escapeMarkdown(LINK)).toBe('\\[klicka\\]\\(http://evil.example/x\\)');
    expect(escapeMarkdown(IMAGE)).toBe('\\!\\[x\\]\\(http://img.example/p.png\\)');
    expect(escapeMarkdown('- a\n  + b\n12. c\n# d\n> e')).toBe('\\- a\n  \\+ b\n12\\. c\n\\# d\n\\> e');
    expect(escapeMarkdown('Trygghet i Farsta-Hagsätra 2026, vecka 4 - 5')).toBe('Trygghet i Farsta-Hagsätra 2026, vecka 4 - 5');
  });

  it.each(
    Object.entries({
      'status summary': buildStatusSummaryCard({ language: 'sv', district, week: '2026-W48', focusAreas, deadlineText: 'x', revision: currentRevision(report), submittedText: 'mån', canEdit: true, deadlinePassed: false, staleNotice: { currentBy: by.name } }).card,
      'district status': buildDistrictStatusCard(overview, district.id, 'sv').card,
      'task card': buildTaskCard({ language: 'sv', now, task, canEdit: true, canUpdate: true }).card,
      'task list': buildTaskListCard({ language: 'en', now, title: 'x', tasks: [{ task, names: {} }] }).card,
      'task notification': buildTaskNotificationCard({ language: 'sv', now, task, names: {}, kind: 'assigned', by: by.name }).card,
      'decision list': buildDecisionListCard({
        language: 'sv',
        decisions: [newDecision({ tenantId: 't', number: 1, fields: { date: '2026-11-20', text: HOSTILE, boards: [LINK], anchoring: 'behöver-förankras' }, by, at })],
        canAnchor: true,
      }).card,
      roster: buildRosterCard({ language: 'sv', roster: [{ id: 'm', name: by.name, roles: ['admin'], districtIds: [], demo: true }], districts: [], knownPeople: [], notice: { kind: 'added', name: by.name, role: 'admin' } }).card,
    }),
  )('%s shows no link or image from user text', (_name, card) => {
    expect(JSON.stringify(card)).toContain('klicka');
    // The body is rendered as markdown; button titles and the fallback text are plain text.
    expect(activeMarkdown((card as { body: unknown }).body)).toEqual([]);
  });
});
