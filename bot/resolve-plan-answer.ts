import { buildNoticeCard } from '../cards/notice-card.ts';
import { ORGANISATION_KIND_LABELS, PLAN_TEXTS as T } from '../cards/texts/plan.ts';
import { t } from '../cards/texts/catalogue.ts';
import { buildTaskListCard } from '../cards/task-card.ts';
import { isWeekKey, weekKeyOf, weekNumberOf, type WeekKey } from '../src/domain/iso-week.ts';
import type { Task } from '../src/domain/task.ts';
import type { Answer, TasksAnswer } from '../src/qa/answer.ts';
import { decisionList, namesOf, type PlanDeps } from './plan-actions.ts';
import type { Reply, TurnInfo } from './samverkan-bot.ts';

/**
 * Answers about the action plan and the decision log, from the stored tasks and decisions (one
 * query each). Returns undefined for other kinds, so it chains in front of the other resolvers:
 * `resolveAnswer: async (a, t) => (await plan(a, t)) ?? (await status(a, t))`.
 */
export function createPlanAnswerResolver(deps: PlanDeps): (answer: Answer, turn: TurnInfo) => Promise<Reply[] | undefined> {
  return async (answer, turn) => {
    if (answer.kind === 'decisions') return [await decisionList(deps, { ...turn, language: answer.language })];
    if (answer.kind !== 'tasks') return undefined;
    return [await tasksReply(deps, answer, { ...turn, language: answer.language })];
  };
}

async function tasksReply(deps: PlanDeps, answer: TasksAnswer, turn: TurnInfo): Promise<Reply> {
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
      const week: WeekKey = answer.week && isWeekKey(answer.week) ? answer.week : weekKeyOf(now);
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
  const owners = [...new Map(tasks.map((t) => [`${t.owner.name}|${t.owner.kind}`, `${t.owner.name} (${ORGANISATION_KIND_LABELS[t.owner.kind][l]})`])).values()];
  reply.card.body.splice(1, 0, { type: 'TextBlock', text: `**${T.owners[l]}:** ${owners.join(', ')}`, wrap: true });
  return { card: reply.card, text: `${title}\n${T.owners[l]}: ${owners.join(', ')}` };
}
