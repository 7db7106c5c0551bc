import { buildDecisionFormCard, buildDecisionListCard } from '../cards/decision-card.ts';
import { keptDecisionValues, readDecisionForm } from '../cards/decision-form.ts';
import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/texts/notices.ts';
import { PLAN_TEXTS as T, TASK_STATUS_LABELS } from '../cards/texts/plan.ts';
import { both, t } from '../cards/texts/catalogue.ts';
import { buildTaskCard, TASK_CARD_INPUTS, type TaskNames } from '../cards/task-card.ts';
import { buildTaskFormCard, type TaskChoices } from '../cards/task-form-card.ts';
import { keptTaskValues, readTaskForm } from '../cards/task-form.ts';
import type { AuditLog } from '../src/app/audit-log.ts';
import { DecisionService } from '../src/app/decision-service.ts';
import { TaskService, type AssignmentListener, type TaskWriteResult } from '../src/app/task-service.ts';
import { isAppError } from '../src/domain/errors.ts';
import { ZONE } from '../src/domain/iso-week.ts';
import type { Language } from '../src/domain/model.ts';
import { isSteeringMember } from '../src/domain/roles.ts';
import { MAX_TASK_COMMENT, TASK_STATUSES, type Task } from '../src/domain/task.ts';
import type { Repositories } from '../src/storage/create-repositories.ts';
import { DateTime } from 'luxon';
import type { VerbTable } from './card-actions.ts';
import { actorOf, type Reply, type TurnInfo } from './samverkan-bot.ts';

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
export async function taskCard(deps: PlanDeps, task: Task, turn: TurnInfo, extra: { notice?: Parameters<typeof buildTaskCard>[0]['notice']; errors?: Parameters<typeof buildTaskCard>[0]['errors'] } = {}): Promise<Reply> {
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

export async function newTaskForm(deps: PlanDeps, turn: TurnInfo): Promise<Reply> {
  await deps.tasks.authorize(turn.tenantId, actorOf(turn), 'task.create', 'new');
  return buildTaskFormCard({ language: turn.language, ...(await readTaskChoices(deps, turn.tenantId)) });
}

export function newDecisionForm(deps: PlanDeps, turn: TurnInfo): Promise<Reply> {
  return deps.decisions.authorize(turn.tenantId, actorOf(turn), 'decision.create', 'new').then(() =>
    buildDecisionFormCard({ language: turn.language, today: DateTime.fromJSDate(deps.now(), { zone: ZONE }).toISODate()! }),
  );
}

export async function decisionList(deps: PlanDeps, turn: TurnInfo, notice?: { text: string; tone: 'good' | 'attention' | 'default' }): Promise<Reply> {
  const [decisions, entry] = await Promise.all([deps.decisions.list(turn.tenantId), deps.tasks.rosterEntry(turn.tenantId, turn.userAadObjectId)]);
  return buildDecisionListCard({ language: turn.language, decisions, canAnchor: isSteeringMember(entry), ...(notice ? { notice } : {}) });
}

/** "t-0042 hittades inte": a task or decision id that does not exist. */
export const notFoundCard = (id: string, language: Language): Reply =>
  buildNoticeCard({ title: NOTICES.notFound.title, text: both(T.notFound, { id }), tone: 'attention' }, language);

/** Runs a plan step; a refusal (audited where it happened) becomes the steering-only notice, a missing task a notice. */
export async function asPlanStep(language: Language, step: () => Promise<Reply>): Promise<Reply> {
  try {
    return await step();
  } catch (error) {
    if (isAppError(error, 'forbidden')) return buildNoticeCard(NOTICES.planSteeringOnly, language);
    if (isAppError(error, 'not-found')) return buildNoticeCard(NOTICES.notFound, language);
    throw error;
  }
}

async function afterWrite(deps: PlanDeps, turn: TurnInfo, result: TaskWriteResult, created = false): Promise<Reply> {
  const l = turn.language;
  switch (result.outcome) {
    case 'saved': {
      const assignee = result.reassigned && result.task.assignee ? ` ${t(T.assignedNotice, l, { name: result.task.assignee.name })}` : '';
      const text = `${created ? t(T.created, l, { id: result.task.id }) : t(T.saved, l)}${assignee}`;
      return taskCard(deps, result.task, turn, { notice: { text, tone: 'good' } });
    }
    case 'unchanged':
      return taskCard(deps, result.task, turn, { notice: { text: T.unchanged[l], tone: 'default' } });
    case 'stale':
      return taskCard(deps, result.task, turn, { notice: { text: t(T.stale, l, { name: result.changedBy }), tone: 'warning' } });
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
export function createPlanVerbs(deps: PlanDeps): Pick<VerbTable, 'task.save' | 'task.edit' | 'task.show' | 'task.status' | 'task.comment' | 'decision.save' | 'decision.anchor'> {
  return {
    'task.save': (data, turn) =>
      asPlanStep(turn.language, async () => {
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
      }),
    'task.edit': (data, turn) =>
      asPlanStep(turn.language, async () => {
        await deps.tasks.authorize(turn.tenantId, actorOf(turn), 'task.edit', data.taskId);
        const stored = await deps.tasks.read(turn.tenantId, data.taskId);
        if (!stored) return notFoundCard(data.taskId, turn.language);
        return buildTaskFormCard({ language: turn.language, ...(await readTaskChoices(deps, turn.tenantId)), task: stored.doc });
      }),
    'task.show': (data, turn) =>
      asPlanStep(turn.language, async () => {
        const stored = await deps.tasks.read(turn.tenantId, data.taskId);
        if (!stored) return notFoundCard(data.taskId, turn.language);
        return taskCard(deps, stored.doc, turn);
      }),
    'task.status': (data, turn) =>
      asPlanStep(turn.language, async () => {
        const status = TASK_STATUSES.find((s) => s === data[TASK_CARD_INPUTS.status]);
        if (!status) {
          const stored = await deps.tasks.read(turn.tenantId, data.taskId);
          if (!stored) return buildNoticeCard(NOTICES.invalidCard, turn.language);
          return taskCard(deps, stored.doc, turn, { errors: { [TASK_CARD_INPUTS.status]: T.chooseOne[turn.language] } });
        }
        return afterWrite(deps, turn, await deps.tasks.changeStatus(turn.tenantId, actorOf(turn), data.taskId, status));
      }),
    'task.comment': (data, turn) =>
      asPlanStep(turn.language, async () => {
        const raw = data[TASK_CARD_INPUTS.comment];
        const text = typeof raw === 'string' ? raw.trim() : '';
        const problem = text === '' ? T.required[turn.language] : text.length > MAX_TASK_COMMENT ? t(T.tooLong, turn.language, { max: MAX_TASK_COMMENT, length: text.length }) : undefined;
        if (problem) {
          const stored = await deps.tasks.read(turn.tenantId, data.taskId);
          if (!stored) return buildNoticeCard(NOTICES.invalidCard, turn.language);
          // Refused before anything is shown to a stranger: the role check comes first.
          await deps.tasks.authorize(turn.tenantId, actorOf(turn), 'task.comment', data.taskId, stored.doc.assignee?.aadObjectId === turn.userAadObjectId);
          return taskCard(deps, stored.doc, turn, { errors: { [TASK_CARD_INPUTS.comment]: problem } });
        }
        return afterWrite(deps, turn, await deps.tasks.comment(turn.tenantId, actorOf(turn), data.taskId, text));
      }),
    'decision.save': (data, turn) =>
      asPlanStep(turn.language, async () => {
        const actor = actorOf(turn);
        await deps.decisions.authorize(turn.tenantId, actor, 'decision.create', 'new');
        const form = readDecisionForm(data, turn.language);
        if (!form.ok) {
          const today = DateTime.fromJSDate(deps.now(), { zone: ZONE }).toISODate()!;
          return buildDecisionFormCard({ language: turn.language, today, values: keptDecisionValues(data), errors: form.errors });
        }
        const decision = await deps.decisions.create(turn.tenantId, actor, form.fields);
        return decisionList(deps, turn, { text: t(T.decisionCreated, turn.language, { id: decision.id }), tone: 'good' });
      }),
    'decision.anchor': (data, turn) =>
      asPlanStep(turn.language, async () => {
        const { decision, changed } = await deps.decisions.setAnchoring(turn.tenantId, actorOf(turn), data.decisionId, 'förankrad');
        const template = changed ? T.anchored : T.alreadyAnchored;
        return decisionList(deps, turn, { text: t(template, turn.language, { id: decision.id }), tone: 'good' });
      }),
  };
}
