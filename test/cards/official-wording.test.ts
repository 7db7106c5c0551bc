import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../cards/answer-card.ts';
import { buildDecisionFormCard, buildDecisionListCard } from '../../cards/decision-card.ts';
import { buildHelpCard } from '../../cards/help-card.ts';
import { buildJobReportCard } from '../../cards/job-report-card.ts';
import { buildStatusFormCard, buildStatusSummaryCard, inputId } from '../../cards/status-report-card.ts';
import { buildTaskCard, buildTaskListCard, buildTaskNotificationCard, historyText, taskButtonTitle } from '../../cards/task-card.ts';
import { buildTaskFormCard } from '../../cards/task-form-card.ts';
import { t } from '../../cards/texts/catalogue.ts';
import { NOTICES } from '../../cards/texts/notices.ts';
import { PLAN_TEXTS } from '../../cards/texts/plan.ts';
import { buildWelcomeCard } from '../../cards/welcome-card.ts';
import { buildWeeklySummaryCards } from '../../cards/weekly-summary-card.ts';
import { newDecision } from '../../src/domain/decision.ts';
import { applySubmission, currentRevision } from '../../src/domain/status-report.ts';
import { applyTaskEdit, newTask } from '../../src/domain/task-change.ts';
import { dueOfWeek } from '../../src/domain/task-due.ts';
import { parseProblems } from '../support/parse-card.ts';

const by = { aadObjectId: 'm', name: 'Demoledamot' };
const at = new Date('2026-11-20T10:00:00Z');
const now = new Date('2026-11-25T10:00:00Z');
const fields = { title: 'Kartlägga otrygga platser kring tunnelbanan i Farsta', focusAreaId: 'kamerabevakning', districtId: 'farsta', owner: { name: 'Trafikkontoret', kind: 'forvaltning' as const }, due: dueOfWeek('2027-W06') };
const task = newTask({ tenantId: 't', number: 1, fields, by, at });
const json = (value: unknown) => JSON.stringify(value);

/** Every Action.Execute / Action.Submit with a verb in a card, at any depth (show-cards and action sets too). */
function verbActions(value: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const data = record.data as Record<string, unknown> | undefined;
      if ((record.type === 'Action.Execute' || record.type === 'Action.Submit') && data && typeof data.verb === 'string') found.push(data);
      Object.values(record).forEach(walk);
    }
  };
  walk(value);
  return found;
}

describe('the welcome and help cards', () => {
  it('welcomes: what Samverkan does, just write in chat, @mention in channels, suggestions', () => {
    const { card, text } = buildWelcomeCard('sv');
    expect(parseProblems(card)).toEqual([]);
    expect(text).toContain('I kanaler svarar jag när du @nämner mig');
    expect(text).toMatch(/skriver du bara/);
    expect(card.actions?.length).toBeGreaterThanOrEqual(2);
    expect(card.actions?.length).toBeLessThanOrEqual(3);
    expect(buildWelcomeCard('en').text).toContain('In channels I answer when you @mention me');
  });

  it('lists what this user may do, by role', () => {
    const official = buildHelpCard({ language: 'sv', roles: { admin: false, steering: false, contact: false }, inChannel: false }).text;
    expect(official).toContain('vilka har inte rapporterat');
    expect(official).toContain('sammanfattning vecka 45');
    expect(official).not.toContain('rapportera"');
    expect(official).not.toContain('ny uppgift');
    expect(official).not.toContain('hantera roller');
    const contact = buildHelpCard({ language: 'sv', roles: { admin: false, steering: false, contact: true }, inChannel: false }).text;
    expect(contact).toContain('"rapportera"');
    expect(contact).not.toContain('ny uppgift');
    const steering = buildHelpCard({ language: 'sv', roles: { admin: false, steering: true, contact: false }, inChannel: false }).text;
    for (const command of ['ny uppgift', 'mina uppgifter', 'försenade uppgifter i Farsta', 'nytt beslut', '"beslut"', 'återrapport v40-v47']) expect(steering).toContain(command);
    expect(steering).not.toContain('hantera roller');
    const admin = buildHelpCard({ language: 'en', roles: { admin: true, steering: false, contact: false }, inChannel: true });
    expect(parseProblems(admin.card)).toEqual([]);
    for (const command of ['manage roles', '"schedule"', 'run status request now', 'run reminder now', 'run summary now', '@Samverkan use this channel', 'new task', 'report W40-W47', 'In channels I answer when you @mention me', '@Samverkan coordinators here', '"unanswered questions"', '"documents"', 'Ask a coordinator']) {
      expect(admin.text).toContain(command);
    }
    const adminSv = buildHelpCard({ language: 'sv', roles: { admin: true, steering: false, contact: false }, inChannel: false }).text;
    for (const command of ['@Samverkan samordnare här', '"obesvarade frågor"', '"dokument"', 'Fråga en samordnare']) expect(adminSv).toContain(command);
    expect(official).toContain('"dokument"');
    expect(official).not.toContain('obesvarade frågor');
    expect(official).not.toContain('samordnare här');
  });

  it('keeps the help answer working (everyone’s questions)', () => {
    const { card, text } = buildAnswerCard({ kind: 'help', language: 'sv' });
    expect(parseProblems(card)).toEqual([]);
    expect(text).toContain('Det här kan du fråga mig');
  });
});

describe('the status form and its summary', () => {
  const district = { id: 'farsta', name: 'Farsta', localPriorities: [], demo: true };
  const focusAreas = [{ id: 'kamerabevakning', name: { sv: 'Kamerabevakning', en: 'Camera surveillance' } }];
  const view = { language: 'sv' as const, district, week: '2026-W48', focusAreas, deadlineText: 'tors 26 nov 17:00', basedOn: 0 };
  const prefill = { entries: [{ focusAreaId: 'kamerabevakning', level: 'yellow' as const, trend: 'worse' as const, comment: '' }], priorityComment: '', overallComment: '' };
  const input = (card: unknown, id: string) => {
    let found: Record<string, unknown> | undefined;
    JSON.stringify(card, (_key, value: unknown) => {
      if (value && typeof value === 'object' && (value as Record<string, unknown>).id === id) found = value as Record<string, unknown>;
      return value;
    });
    return found!;
  };

  it('says where its prefill came from, and nothing when there is none', () => {
    const lastWeek = buildStatusFormCard({ ...view, prefill, prefillSource: 'last-week' }).card;
    expect(json(lastWeek)).toContain('Förra veckans svar är ifyllda');
    const current = buildStatusFormCard({ ...view, prefill, prefillSource: 'current' }).card;
    expect(json(current)).toContain('Här är de svar som gäller nu; ändra och skicka igen');
    expect(json(current)).not.toContain('Förra veckans');
    const empty = buildStatusFormCard({ ...view, prefillSource: 'none' }).card;
    expect(json(empty)).not.toContain('Förra veckans');
    expect(json(empty)).not.toContain('gäller nu');
  });

  it('presets no level or trend unless prefilled, and has placeholders and multi-line comments', () => {
    const empty = buildStatusFormCard({ ...view, prefillSource: 'none' }).card;
    expect(input(empty, inputId.level('kamerabevakning'))).toMatchObject({ placeholder: 'Välj läge' });
    expect(input(empty, inputId.level('kamerabevakning')).value).toBeUndefined();
    expect(input(empty, inputId.trend('kamerabevakning'))).toMatchObject({ placeholder: 'Välj trend' });
    expect(input(empty, inputId.trend('kamerabevakning')).value).toBeUndefined();
    expect(input(empty, inputId.comment('kamerabevakning'))).toMatchObject({ isMultiline: true });
    const filled = buildStatusFormCard({ ...view, language: 'en', prefill, prefillSource: 'last-week' }).card;
    expect(input(filled, inputId.level('kamerabevakning'))).toMatchObject({ value: 'yellow', placeholder: 'Choose a level' });
    expect(input(filled, inputId.trend('kamerabevakning'))).toMatchObject({ value: 'worse' });
  });

  it('confirms a revision as a change, with its version', () => {
    const deadline = new Date('2026-11-26T16:00:00Z');
    const first = applySubmission(undefined, { tenantId: 't', districtId: 'farsta', week: '2026-W48' }, { content: prefill, basedOn: 0, by, at, deadline }).report;
    const second = applySubmission(first, { tenantId: 't', districtId: 'farsta', week: '2026-W48' }, { content: prefill, basedOn: 1, by, at, deadline }).report;
    const summary = (report: typeof first) => buildStatusSummaryCard({ ...view, revision: currentRevision(report), submittedText: 'mån 09:42', canEdit: true, deadlinePassed: false }).text;
    expect(summary(first)).toContain('Inskickad av Demoledamot mån 09:42');
    expect(summary(second)).toContain('Ändring inskickad av Demoledamot mån 09:42 (version 2)');
  });
});

describe('tasks and decisions in words', () => {
  it('shows the history in words, not field keys', () => {
    const edited = applyTaskEdit(task, { ...fields, title: 'Ny titel', focusAreaId: 'ordningsvakter' }, by, now).task;
    const entry = edited.history.at(-1)!;
    expect(historyText(entry, 'sv')).toBe('ändrade titel, samverkansområde');
    expect(historyText(entry, 'en')).toBe('changed title, focus area');
    const card = buildTaskCard({ language: 'sv', now, task: edited, canEdit: true, canUpdate: true });
    expect(json(card.card)).toContain('ändrade titel, samverkansområde');
    expect(json(card.card)).not.toContain('focusAreaId');
  });

  it('explains the kind of organisation on the task form', () => {
    const form = buildTaskFormCard({ language: 'sv', focusAreas: [], districts: [], people: [] });
    expect(json(form.card)).toContain('Nämnd, förvaltning, bolag eller polisen — den som äger uppgiften');
    expect(parseProblems(form.card)).toEqual([]);
  });

  it('names a task button by its title too, cut to about 40 characters', () => {
    expect(taskButtonTitle(task)).toMatch(/^t-0001 Kartlägga otrygga platser.*…$/);
    expect(taskButtonTitle(task).length).toBeLessThanOrEqual(40);
    const list = buildTaskListCard({ language: 'sv', now, title: 'Mina uppgifter', tasks: [{ task, names: {} }] });
    expect(list.card.actions?.[0]).toMatchObject({ title: taskButtonTitle(task) });
  });

  it('suggests no concrete task id in hints and not-found answers', () => {
    for (const entry of [PLAN_TEXTS.typeToShow, NOTICES.notFound.text]) {
      expect(entry.sv).not.toMatch(/t-\d/);
      expect(entry.en).not.toMatch(/t-\d/);
    }
    expect(t(PLAN_TEXTS.notFound, 'sv', { id: 't-9999' })).not.toMatch(/t-0/);
  });

  it('counts decisions the Swedish and the English way', () => {
    const pending = (n: number) =>
      Array.from({ length: n }, (_, i) => newDecision({ tenantId: 't', number: i + 1, fields: { date: '2026-11-20', text: 'Beslut', boards: [], anchoring: 'behöver-förankras' }, by, at }));
    expect(buildDecisionListCard({ language: 'sv', decisions: pending(1), canAnchor: false }).text).not.toContain('2 beslut');
    expect(json(buildDecisionListCard({ language: 'sv', decisions: pending(1), canAnchor: false }).card)).toContain('1 beslut behöver förankras');
    expect(json(buildDecisionListCard({ language: 'en', decisions: pending(1), canAnchor: false }).card)).toContain('1 decision needs political anchoring');
    expect(json(buildDecisionListCard({ language: 'en', decisions: pending(2), canAnchor: false }).card)).toContain('2 decisions need political anchoring');
  });
});

describe('every card action carries the language', () => {
  const decision = newDecision({ tenantId: 't', number: 1, fields: { date: '2026-11-20', text: 'Beslut', boards: [], anchoring: 'behöver-förankras' }, by, at });
  const cards = {
    task: buildTaskCard({ language: 'en', now, task: { ...task, assignee: by }, canEdit: true, canUpdate: true }).card,
    'task list': buildTaskListCard({ language: 'en', now, title: 'My tasks', tasks: [{ task, names: {} }] }).card,
    'task assigned': buildTaskNotificationCard({ language: 'en', now, task, names: {}, kind: 'assigned' }).card,
    'task reminder': buildTaskNotificationCard({ language: 'en', now, task, names: {}, kind: 'reminder' }).card,
    'task form': buildTaskFormCard({ language: 'en', focusAreas: [], districts: [], people: [] }).card,
    'decision form': buildDecisionFormCard({ language: 'en', today: '2026-11-20' }).card,
    'decision list': buildDecisionListCard({ language: 'en', decisions: [decision], canAnchor: true }).card,
    'status form': buildStatusFormCard({ language: 'en', district: { id: 'farsta', name: 'Farsta', localPriorities: [], demo: true }, week: '2026-W48', focusAreas: [], deadlineText: 'x', basedOn: 0, prefillSource: 'none' }).card,
  };
  it.each(Object.entries(cards))('%s', (_name, card) => {
    const actions = verbActions(card);
    expect(actions.length).toBeGreaterThan(0);
    for (const data of actions) expect(data.lang).toBe('en');
  });
});

describe('Swedish plurals in the weekly summary and job report', () => {
  it('says "1 röd" and "2 gula"', () => {
    const summary = {
      week: '2026-W47', previousWeek: '2026-W46', nextWeek: '2026-W48', focusAreas: [], rows: [], areaTotals: [], attention: [], missingDistricts: [],
      totals: { districts: 1, reported: 1, counts: { red: 1, yellow: 2, green: 0, 'not-applicable': 0 }, changes: { better: 0, worse: 1, same: 1, new: 0 } },
      overdueTasks: [], dueNextWeekTasks: [], pendingDecisions: [],
    };
    const text = json(buildWeeklySummaryCards(summary as never, 'sv').map((c) => c.card));
    expect(text).toContain('1 röd');
    expect(text).toContain('2 gula');
    expect(text).toContain('1 oförändrad');
    expect(text).toContain('1 av 1 stadsdelsområden har rapporterat');
  });

  it('keeps the job report readable', () => {
    const { text } = buildJobReportCard({ job: 'status-request', week: '2026-W48', ran: true, queued: 1, drain: { sent: 1, failed: 0, unreachable: 0, resent: 0, skipped: 0, throttled: 0 }, unreachable: [] }, new Map(), 'sv');
    expect(text).toContain('Statusförfrågan vecka 48 är klar');
  });
});
