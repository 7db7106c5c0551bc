import type { WeekKey } from '../domain/iso-week.ts';
import type { Language } from '../domain/model.ts';
import type { DecisionsAnswer, TasksAnswer } from './answer.ts';
import type { Cues } from './read-cues.ts';

/**
 * Questions about the action plan and the decision log. Tasks need a task word ("uppgifter",
 * "tasks") or a due phrase ("vad ska vara klart vecka 12"); decisions the word "beslut" or
 * "behöver förankras", unless a political body's decision is meant ("beslutet i KS"). A question that asks what the agreement *says* (cite) stays a passage
 * question: "vad säger avtalet om politisk förankring" is about the text, not the log.
 */
export function classifyPlanQuestion(
  cues: Cues,
  language: Language,
  found: { districtId?: string; focusAreaId?: string; week?: WeekKey },
): TasksAnswer | DecisionsAnswer | undefined {
  if (cues.decisions && !cues.tasks && !cues.cite && !cues.agreementWord && !cues.politicalBody) return { kind: 'decisions', language };
  if (!cues.tasks && !cues.taskDue) return undefined;
  if (cues.cite && !cues.taskDue && !cues.taskOverdue) return undefined;
  // "vilka åtgärder mot extremism enligt avtalet?" asks what the agreement says, not for the plan's tasks.
  if (cues.agreementWord && !cues.taskDue && !cues.taskOverdue) return undefined;
  const filter: TasksAnswer['filter'] = cues.taskMine && cues.tasks && !found.focusAreaId && !found.districtId
    ? 'mine'
    : cues.taskOverdue
      ? 'overdue'
      : cues.taskDue || (found.week && !cues.owners)
        ? 'due'
        : 'owner';
  return {
    kind: 'tasks',
    language,
    filter,
    ...(found.districtId ? { districtId: found.districtId } : {}),
    ...(found.focusAreaId ? { focusAreaId: found.focusAreaId } : {}),
    ...(filter === 'due' && found.week ? { week: found.week } : {}),
  };
}
