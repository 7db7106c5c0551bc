import type { AssigneeUnreachableView } from '../src/app/task-notifier.ts';
import type { Language } from '../src/domain/model.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { t } from './texts/catalogue.ts';
import { TASK_REACH_TEXTS as T, UNREACHABLE_REASON_TEXTS } from './texts/roster.ts';
import { executeAction } from './verbs.ts';

/** Tells a task's creator that the assignee's card (assignment or reminder) did not reach them, and why. */
export function buildTaskUnreachableCard(view: AssigneeUnreachableView, language: Language): { card: AdaptiveCardJson; text: string } {
  const name = escapeMarkdown(view.assigneeName);
  const title = t(view.kind === 'assigned' ? T.assignedTitle : T.reminderTitle, language, { id: view.task.id, name });
  const text = t(T.text, language, { title: escapeMarkdown(view.task.title), reason: t(UNREACHABLE_REASON_TEXTS[view.reason], language) });
  const advice = t(T.advice, language, { name });
  const body = [
    { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true, color: 'Warning' },
    { type: 'TextBlock', text, wrap: true },
    { type: 'TextBlock', text: advice, wrap: true, isSubtle: true },
  ];
  const summary = `${title}\n${text}`;
  return { card: adaptiveCard(body, [executeAction(t(T.show, language), 'task.show', { taskId: view.task.id }, { lang: language })], summary), text: summary };
}
