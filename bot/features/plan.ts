import { DateTime } from 'luxon';
import { buildDecisionFormCard, buildDecisionListCard } from '../../cards/decision-card.ts';
import { keptDecisionValues, readDecisionForm } from '../../cards/decision-form.ts';
import { escapeMarkdown } from '../../cards/escape-markdown.ts';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { NOTICES } from '../../cards/texts/notices.ts';
import { ORGANISATION_KIND_LABELS, PLAN_TEXTS as T, TASK_STATUS_LABELS } from '../../cards/texts/plan.ts';
import { buildPoliticalReportCard } from '../../cards/political-report-card.ts';
import { stripControlCharacters } from '../../cards/strip-control-characters.ts';
import { both, t } from '../../cards/texts/catalogue.ts';
import { buildTaskCard, buildTaskListCard, TASK_CARD_INPUTS, type TaskNames } from '../../cards/task-card.ts';
import { buildTaskFormCard, type TaskChoices } from '../../cards/task-form-card.ts';
import { keptTaskValues, readTaskForm } from '../../cards/task-form.ts';
import type { AuditLog } from '../../src/app/audit-log.ts';
import { DecisionService } from '../../src/app/decision-service.ts';
import { readPoliticalReport } from '../../src/app/read-political-report.ts';
import { REPORT_FORMATS, type ReportFormat, type ReportLink } from '../../src/app/report-formats.ts';
import { TaskService, type AssignmentListener, type TaskWriteResult } from '../../src/app/task-service.ts';
import { AppError } from '../../src/domain/errors.ts';
import { weekKeyOf, weekNumberOf, ZONE, type WeekKey } from '../../src/domain/iso-week.ts';
import type { Language } from '../../src/domain/model.ts';
import { isSteeringMember } from '../../src/domain/roles.ts';
import { MAX_TASK_COMMENT, TASK_STATUSES, type Task } from '../../src/domain/task.ts';
import { parseWeekRange } from '../../src/qa/parse-week-range.ts';
import type { DecisionsAnswer, TasksAnswer } from '../../src/qa/answer.ts';
import type { Repositories } from '../../src/storage/create-repositories.ts';
import type { ChatCommand, Feature } from '../router.ts';
import { actorOf, type CardReply, type Turn } from '../turn.ts';
import { requireReadAccess, type ReadAccess } from './require-role.ts';

export interface PlanDeps {
  tasks: TaskService;
  decisions: DecisionService;
  repositories: Pick<Repositories, 'focusAreas' | 'districts' | 'roster'>;
  now: () => Date;
}

/** The action plan and decision log services over the shared store. `assignments` is the TaskNotifier. */
export function createPlanDeps(input: {
  repositories: Pick<Repositories, 'tasks' | 'decisions' | 'planCounters' | 'roster' | 'focusAreas' | 'districts'>;
  audit: AuditLog;
  assignments?: AssignmentListener;
  now?: () => Date;
}): PlanDeps {
  const now = input.now ?? (() => new Date());
  return {
    tasks: new TaskService({ repositories: input.repositories, audit: input.audit, ...(input.assignments ? { assignments: input.assignments } : {}), now }),
    decisions: new DecisionService({ repositories: input.repositories, audit: input.audit, now }),
    repositories: input.repositories,
    now,
  };
}

/** Focus areas, districts and people to choose from, read at every form (a forged value is refused). */
export async function readTaskChoices(deps: PlanDeps, tenantId: string): Promise<TaskChoices> {
  const [focusAreas, districts, roster] = await Promise.all([
    deps.repositories.focusAreas.list(tenantId),
    deps.repositories.districts.list(tenantId),
    deps.repositories.roster.list(tenantId),
  ]);
  return {
    focusAreas: focusAreas.sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name })),
    districts: districts.sort((a, b) => a.name.localeCompare(b.name, 'sv')).map(({ id, name }) => ({ id, name })),
    people: roster.sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((entry) => ({ aadObjectId: entry.id, name: entry.name })),
  };
}

export async function namesOf(deps: PlanDeps, task: Task): Promise<TaskNames> {
  const [area, district] = await Promise.all([
    deps.repositories.focusAreas.read(task.tenantId, task.focusAreaId),
    task.districtId ? deps.repositories.districts.read(task.tenantId, task.districtId) : Promise.resolve(undefined),
  ]);
  return { ...(area ? { focusAreaName: area.doc.name } : {}), ...(district ? { districtName: district.doc.name } : {}) };
}

/** The task card as the viewer may use it: steering members edit; they and the assignee update. */
export async function taskCard(deps: PlanDeps, task: Task, turn: Turn, extra: { notice?: Parameters<typeof buildTaskCard>[0]['notice']; errors?: Parameters<typeof buildTaskCard>[0]['errors'] } = {}): Promise<CardReply> {
  const entry = await deps.tasks.rosterEntry(turn.tenantId, turn.userAadObjectId);
  const steering = isSteeringMember(entry);
  return buildTaskCard({
    language: turn.language,
    now: deps.now(),
    task,
    ...(await namesOf(deps, task)),
    canEdit: steering,
    canUpdate: steering || (turn.userAadObjectId !== undefined && task.assignee?.aadObjectId === turn.userAadObjectId),
    ...extra,
  });
}

export async function newTaskForm(deps: PlanDeps, turn: Turn): Promise<CardReply> {
  await deps.tasks.authorize(turn.tenantId, actorOf(turn), 'task.create', 'new');
  return buildTaskFormCard({ language: turn.language, ...(await readTaskChoices(deps, turn.tenantId)) });
}

export function newDecisionForm(deps: PlanDeps, turn: Turn): Promise<CardReply> {
  return deps.decisions.authorize(turn.tenantId, actorOf(turn), 'decision.create', 'new').then(() =>
    buildDecisionFormCard({ language: turn.language, today: DateTime.fromJSDate(deps.now(), { zone: ZONE }).toISODate()! }),
  );
}

export async function decisionList(deps: PlanDeps, turn: Turn, notice?: { text: string; tone: 'good' | 'attention' | 'default' }): Promise<CardReply> {
  const [decisions, entry] = await Promise.all([deps.decisions.list(turn.tenantId), deps.tasks.rosterEntry(turn.tenantId, turn.userAadObjectId)]);
  return buildDecisionListCard({ language: turn.language, decisions, canAnchor: isSteeringMember(entry), ...(notice ? { notice } : {}) });
}

/** "t-0042 hittades inte": a task or decision id that does not exist. */
export const notFoundCard = (id: string, language: Language): CardReply =>
  buildNoticeCard({ title: NOTICES.notFound.title, text: both(T.notFound, { id }), tone: 'attention' }, language);

async function afterWrite(deps: PlanDeps, turn: Turn, result: TaskWriteResult, created = false): Promise<CardReply> {
  const l = turn.language;
  switch (result.outcome) {
    case 'saved': {
      const assignee = result.reassigned && result.task.assignee ? ` ${t(T.assignedNotice, l, { name: escapeMarkdown(result.task.assignee.name) })}` : '';
      const text = `${created ? t(T.created, l, { id: result.task.id }) : t(T.saved, l)}${assignee}`;
      return taskCard(deps, result.task, turn, { notice: { text, tone: 'good' } });
    }
    case 'unchanged':
      return taskCard(deps, result.task, turn, { notice: { text: T.unchanged[l], tone: 'default' } });
    case 'stale':
      return taskCard(deps, result.task, turn, { notice: { text: t(T.stale, l, { name: escapeMarkdown(result.changedBy) }), tone: 'warning' } });
    case 'bad-transition':
      return taskCard(deps, result.task, turn, {
        notice: { text: t(T.badTransition, l, { from: TASK_STATUS_LABELS[result.task.status][l], to: TASK_STATUS_LABELS[result.requested][l] }), tone: 'attention' },
      });
  }
}

/**
 * Card verbs of the action plan and the decision log: role checked on every action (refusals
 * audited), then the form validated (errors next to the fields, nothing stored), then written with
 * the ETag and audited; the reply replaces the card.
 */
function planVerbs(deps: PlanDeps & { readAccess?: ReadAccess }): Feature['verbs'] {
  return {
    async 'task.save'(turn, data) {
      const actor = actorOf(turn);
      await deps.tasks.authorize(turn.tenantId, actor, data.taskId ? 'task.edit' : 'task.create', data.taskId ?? 'new');
      const existing = data.taskId ? await deps.tasks.read(turn.tenantId, data.taskId) : undefined;
      if (data.taskId && !existing) return notFoundCard(data.taskId, turn.language);
      const choices = await readTaskChoices(deps, turn.tenantId);
      const form = readTaskForm(data, choices, turn.language, deps.now());
      if (!form.ok) return buildTaskFormCard({ language: turn.language, ...choices, ...(existing ? { task: existing.doc } : {}), values: keptTaskValues(data), errors: form.errors });
      if (!data.taskId) {
        const task = await deps.tasks.create(turn.tenantId, actor, form.fields);
        return afterWrite(deps, turn, { outcome: 'saved', task, reassigned: task.assignee !== undefined }, true);
      }
      return afterWrite(deps, turn, await deps.tasks.edit(turn.tenantId, actor, data.taskId, data.basedOn, form.fields));
    },
    async 'task.edit'(turn, data) {
      await deps.tasks.authorize(turn.tenantId, actorOf(turn), 'task.edit', data.taskId);
      const stored = await deps.tasks.read(turn.tenantId, data.taskId);
      if (!stored) return notFoundCard(data.taskId, turn.language);
      return buildTaskFormCard({ language: turn.language, ...(await readTaskChoices(deps, turn.tenantId)), task: stored.doc });
    },
    async 'task.show'(turn, data) {
      requireReadAccess(turn, deps.readAccess);
      const stored = await deps.tasks.read(turn.tenantId, data.taskId);
      if (!stored) return notFoundCard(data.taskId, turn.language);
      return taskCard(deps, stored.doc, turn);
    },
    async 'task.status'(turn, data) {
      const status = TASK_STATUSES.find((s) => s === data[TASK_CARD_INPUTS.status]);
      if (!status) {
        const stored = await deps.tasks.read(turn.tenantId, data.taskId);
        if (!stored) return buildNoticeCard(NOTICES.invalidCard, turn.language);
        return taskCard(deps, stored.doc, turn, { errors: { [TASK_CARD_INPUTS.status]: T.chooseOne[turn.language] } });
      }
      return afterWrite(deps, turn, await deps.tasks.changeStatus(turn.tenantId, actorOf(turn), data.taskId, status));
    },
    async 'task.comment'(turn, data) {
      const raw = data[TASK_CARD_INPUTS.comment];
      const text = typeof raw === 'string' ? stripControlCharacters(raw).trim() : '';
      const problem = text === '' ? T.required[turn.language] : text.length > MAX_TASK_COMMENT ? t(T.tooLong, turn.language, { max: MAX_TASK_COMMENT, length: text.length }) : undefined;
      if (problem) {
        const stored = await deps.tasks.read(turn.tenantId, data.taskId);
        if (!stored) return buildNoticeCard(NOTICES.invalidCard, turn.language);
        // Refused before anything is shown to a stranger: the role check comes first.
        await deps.tasks.authorize(turn.tenantId, actorOf(turn), 'task.comment', data.taskId, stored.doc.assignee?.aadObjectId === turn.userAadObjectId);
        return taskCard(deps, stored.doc, turn, { errors: { [TASK_CARD_INPUTS.comment]: problem } });
      }
      return afterWrite(deps, turn, await deps.tasks.comment(turn.tenantId, actorOf(turn), data.taskId, text));
    },
    async 'decision.save'(turn, data) {
      const actor = actorOf(turn);
      await deps.decisions.authorize(turn.tenantId, actor, 'decision.create', 'new');
      const form = readDecisionForm(data, turn.language);
      if (!form.ok) {
        const today = DateTime.fromJSDate(deps.now(), { zone: ZONE }).toISODate()!;
        return buildDecisionFormCard({ language: turn.language, today, values: keptDecisionValues(data), errors: form.errors });
      }
      const decision = await deps.decisions.create(turn.tenantId, actor, form.fields);
      return decisionList(deps, turn, { text: t(T.decisionCreated, turn.language, { id: decision.id }), tone: 'good' });
    },
    async 'decision.anchor'(turn, data) {
      const { decision, changed } = await deps.decisions.setAnchoring(turn.tenantId, actorOf(turn), data.decisionId, 'förankrad');
      const template = changed ? T.anchored : T.alreadyAnchored;
      return decisionList(deps, turn, { text: t(template, turn.language, { id: decision.id }), tone: 'good' });
    },
  };
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Chat commands of the action plan and decision log: "ny uppgift" / "new task", "uppgift t-0042"
 * / "task t-0042", "nytt beslut" / "new decision", "beslut" / "decisions", and
 * "återrapport v40-v47 [district]" / "report W40-W47 [district]" (steering members and admins).
 */
function planCommands(deps: PlanFeatureDeps): ChatCommand[] {
  return [
    {
      name: 'new-task',
      pattern: /^(ny\s+uppgift|skapa\s+(en\s+)?(ny\s+)?uppgift|new\s+task|create\s+(a\s+)?task)\s*[.!]?$/i,
      handle: (turn) => newTaskForm(deps, turn),
    },
    {
      name: 'show-task',
      pattern: /^(uppgift|uppgiften|task|visa\s+uppgift)\s+#?(t-?)?(\d{1,6})\s*[.!?]?$/i,
      async handle(turn, match) {
        requireReadAccess(turn, deps.readAccess);
        const id = `t-${String(Number(match[3])).padStart(4, '0')}`;
        const stored = await deps.tasks.read(turn.tenantId, id);
        return stored ? taskCard(deps, stored.doc, turn) : notFoundCard(id, turn.language);
      },
    },
    {
      name: 'new-decision',
      pattern: /^(nytt\s+beslut|new\s+decision|record\s+(a\s+)?decision)\s*[.!]?$/i,
      handle: (turn) => newDecisionForm(deps, turn),
    },
    {
      name: 'decisions',
      pattern: /^(beslut(en)?|beslutslogg(en)?|visa\s+beslut(en)?|decisions|decision\s+log|show\s+decisions)\s*[.!?]?$/i,
      handle: (turn) => {
        requireReadAccess(turn, deps.readAccess);
        return decisionList(deps, turn);
      },
    },
    {
      name: 'political-report',
      pattern: /^(återrapport(ering)?|aterrapport(ering)?|report(\s+back)?)\s+(.*\d.*)$/i,
      async handle(turn, match) {
        if (!isSteeringMember(turn.roster)) throw new AppError('forbidden', 'Only steering-group members and admins can read the report.', { reason: 'steering-only' });
        const period = parseWeekRange(match[5] ?? '', deps.now());
        let districtId: string | undefined;
        if (period?.districtText) {
          const districts = await deps.repositories.districts.list(turn.tenantId);
          const wanted = fold(period.districtText);
          districtId = districts.find((d) => d.id === wanted || fold(d.name) === wanted || d.aliases.some((a) => fold(a) === wanted))?.id;
        }
        if (!period || (period.districtText && !districtId)) {
          return buildNoticeCard({ title: T.reportBadPeriodTitle, text: T.reportBadPeriod, tone: 'attention' }, turn.language);
        }
        const report = await readPoliticalReport(deps.reportRepositories, turn.tenantId, { from: period.from, to: period.to, ...(districtId ? { districtId } : {}) }, deps.now());
        if (!deps.reportFiles) throw new Error('planFeature needs reportFiles (the signed download links) for the report back');
        const { link, minutes } = deps.reportFiles;
        // The links name the user: the download checks the role again and refuses anyone else's.
        const userId = turn.userAadObjectId ?? '';
        const links = Object.fromEntries(
          REPORT_FORMATS.map((format) => [format, link({ tenantId: turn.tenantId, userId, from: period.from, to: period.to, format, language: turn.language, ...(districtId ? { districtId } : {}) })]),
        ) as Record<ReportFormat, string>;
        return buildPoliticalReportCard(report, turn.language, { links, minutes });
      },
    },
  ];
}

/**
 * Answers about the action plan and the decision log ("mina uppgifter", "försenade uppgifter i
 * Farsta", "beslut som behöver förankras"), from the stored tasks and decisions (one query each).
 */
async function tasksReply(deps: PlanDeps, answer: TasksAnswer, turn: Turn): Promise<CardReply> {
  const l = turn.language;
  const now = deps.now();
  const [district, area] = await Promise.all([
    answer.districtId ? deps.repositories.districts.read(turn.tenantId, answer.districtId) : Promise.resolve(undefined),
    answer.focusAreaId ? deps.repositories.focusAreas.read(turn.tenantId, answer.focusAreaId) : Promise.resolve(undefined),
  ]);
  const where = district ? t(T.inDistrict, l, { district: district.doc.name }) : '';
  let title: string;
  let tasks: Task[];
  switch (answer.filter) {
    case 'mine':
      if (!turn.userAadObjectId) return buildNoticeCard({ title: T.mineTitle, text: T.notOnRoster }, l);
      title = T.mineTitle[l];
      tasks = await deps.tasks.assignedTo(turn.tenantId, turn.userAadObjectId);
      break;
    case 'overdue':
      title = `${T.overdueTitle[l]}${where}`;
      tasks = await deps.tasks.overdue(turn.tenantId, now, answer.districtId);
      break;
    case 'due': {
      const week: WeekKey = answer.week ?? weekKeyOf(now);
      title = `${t(T.dueTitle, l, { week: weekNumberOf(week) })}${where}`;
      tasks = (await deps.tasks.dueIn(turn.tenantId, week, answer.districtId)).filter((t) => t.status !== 'cancelled');
      break;
    }
    case 'owner': {
      const areaName = area?.doc.name[l] ?? T.focusArea[l];
      title = `${t(T.ownerTitle, l, { area: areaName })}${where}`;
      tasks = answer.focusAreaId
        ? await deps.tasks.inFocusArea(turn.tenantId, answer.focusAreaId, answer.districtId)
        : await deps.tasks.open(turn.tenantId, answer.districtId);
      break;
    }
  }
  const rows = await Promise.all(tasks.map(async (task) => ({ task, names: await namesOf(deps, task) })));
  const reply = buildTaskListCard({ language: l, now, title, tasks: rows });
  if (answer.filter !== 'owner' || tasks.length === 0) return reply;
  // "Who owns": the owning organisations first, then the tasks.
  const owners = [...new Map(tasks.map((t) => [`${t.owner.name}|${t.owner.kind}`, `${escapeMarkdown(t.owner.name)} (${ORGANISATION_KIND_LABELS[t.owner.kind][l]})`])).values()];
  reply.card.body.splice(1, 0, { type: 'TextBlock', text: `**${T.owners[l]}:** ${owners.join(', ')}`, wrap: true });
  return { card: reply.card, text: `${title}\n${T.owners[l]}: ${owners.join(', ')}` };
}

export interface PlanFeatureDeps extends PlanDeps {
  reportRepositories: Pick<Repositories, 'districts' | 'focusAreas' | 'reports' | 'tasks' | 'decisions'>;
  /** Signed download links for the report back's files (bot/edge/report-links.ts), and how long they work. */
  reportFiles?: { link: ReportLink; minutes: number };
  /** Who may read tasks and decisions (READ_ACCESS); roster members by default. */
  readAccess?: ReadAccess;
}

/** The action plan (handlingsplanen) and the decision log (beslutsloggen). */
export function planFeature(deps: PlanFeatureDeps): Feature {
  return {
    verbs: planVerbs(deps),
    commands: planCommands(deps),
    intents: {
      tasks: (turn, answer: TasksAnswer) => {
        requireReadAccess(turn, deps.readAccess);
        return tasksReply(deps, answer, turn);
      },
      decisions: (turn, _answer: DecisionsAnswer) => {
        requireReadAccess(turn, deps.readAccess);
        return decisionList(deps, turn);
      },
    },
  };
}
