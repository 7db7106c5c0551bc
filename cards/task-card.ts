import type { Language, Localized } from '../src/domain/model.ts';
import { MAX_TASK_COMMENT, TASK_STATUSES, type Task, type TaskHistoryEntry } from '../src/domain/task.ts';
import { formatDue } from '../src/domain/task-due.ts';
import { isTaskOverdue } from '../src/domain/task-deadlines.ts';
import { STATUS_TRANSITIONS } from '../src/domain/task-status.ts';
import { formatMoment } from '../src/domain/schedule.ts';
import { adaptiveCard, type AdaptiveCardJson, fieldErrorBlocks } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { ORGANISATION_KIND_LABELS, PLAN_TEXTS as T, TASK_ACTION_WORDS, TASK_FIELD_WORDS, TASK_STATUS_LABELS } from './texts/plan.ts';
import { t } from './texts/catalogue.ts';
import { executeAction } from './verbs.ts';

/** Input ids of the task card's status and comment forms. */
export const TASK_CARD_INPUTS = { status: 'task.newStatus', comment: 'task.commentText' } as const;

export interface TaskNames {
  focusAreaName?: Localized;
  districtName?: string;
}

export interface TaskCardView extends TaskNames {
  language: Language;
  now: Date;
  task: Task;
  /** Steering members and admins: may edit and assign. */
  canEdit: boolean;
  /** They and the assignee: may change the status and comment. */
  canUpdate: boolean;
  notice?: { text: string; tone: 'good' | 'attention' | 'warning' | 'default' };
  errors?: Partial<Record<(typeof TASK_CARD_INPUTS)[keyof typeof TASK_CARD_INPUTS], string>>;
}

const TONE = { good: 'Good', attention: 'Attention', warning: 'Warning', default: 'Default' } as const;
const STATUS_ICONS = { 'not-started': '⚪', 'in-progress': '🔵', done: '✅', blocked: '⛔', cancelled: '✖️' } as const;

export const statusText = (task: Pick<Task, 'status'>, language: Language) => `${STATUS_ICONS[task.status]} ${TASK_STATUS_LABELS[task.status][language]}`;

/** A task button says which task: "t-0042 Kartlägga otrygga platser…", cut to about 40 characters. */
export function taskButtonTitle(task: Pick<Task, 'id' | 'title'>, max = 40): string {
  const full = `${task.id} ${task.title}`;
  return full.length > max ? `${full.slice(0, max - 1).trimEnd()}…` : full;
}

/** A history entry in words: "ändrade titel, samverkansområde", not the stored field keys. */
export function historyText(entry: TaskHistoryEntry, language: Language): string {
  const words = TASK_FIELD_WORDS as Record<string, { sv: string; en: string } | undefined>;
  switch (entry.action) {
    case 'edited': {
      const fields = Object.keys(entry.changes).map((key) => words[key]?.[language] ?? key);
      return t(TASK_ACTION_WORDS.edited, language, { fields: fields.join(', ') });
    }
    case 'status': {
      const to = entry.changes.status?.[1];
      const label = TASK_STATUSES.find((status) => status === to);
      return label ? t(TASK_ACTION_WORDS.status, language, { status: t(TASK_STATUS_LABELS[label], language) }) : t(TASK_ACTION_WORDS.edited, language, { fields: t(TASK_FIELD_WORDS.status, language) });
    }
    default:
      return t(TASK_ACTION_WORDS[entry.action], language);
  }
}

/** One line per task for lists: "t-0042 Kartlägga … — v. 6 · pågår · trafikkontoret · Anna". */
export function taskLine(task: Task, names: TaskNames, language: Language, now: Date): string {
  const overdue = isTaskOverdue(task, now) ? ` · **${t(T.overdue, language)}**` : '';
  const where = names.districtName ?? t(T.cityWide, language);
  const who = task.assignee ? ` · ${escapeMarkdown(task.assignee.name)}` : '';
  return `**${task.id}** ${escapeMarkdown(task.title)} — ${formatDue(task.due, language, now)} · ${statusText(task, language)}${overdue} · ${escapeMarkdown(task.owner.name)}${who} · ${where}`;
}

/** "uppgift t-0042": the task with its facts, latest comments and history, and what the viewer may do. */
export function buildTaskCard(view: TaskCardView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const { task } = view;
  const title = `${task.id} · ${escapeMarkdown(task.title)}`;
  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (view.notice) body.push({ type: 'TextBlock', text: view.notice.text, color: TONE[view.notice.tone], weight: 'Bolder', wrap: true });
  const overdue = isTaskOverdue(task, view.now);
  body.push({
    type: 'FactSet',
    facts: [
      { title: t(T.status, l), value: `${statusText(task, l)}${overdue ? ` — ${t(T.overdue, l)}` : ''}` },
      { title: t(T.due, l), value: formatDue(task.due, l, view.now) },
      { title: t(T.focusArea, l), value: view.focusAreaName?.[l] ?? task.focusAreaId },
      { title: t(T.district, l), value: view.districtName ?? (task.districtId ?? t(T.cityWide, l)) },
      { title: t(T.ownerName, l), value: `${escapeMarkdown(task.owner.name)} (${ORGANISATION_KIND_LABELS[task.owner.kind][l]})` },
      { title: t(T.assignee, l), value: task.assignee ? escapeMarkdown(task.assignee.name) : t(T.noAssignee, l) },
    ],
  });
  if (task.demo) body.push({ type: 'TextBlock', text: t(T.demo, l), isSubtle: true, size: 'Small', spacing: 'None' });
  if (task.comments.length > 0) {
    body.push({ type: 'TextBlock', text: t(T.comments, l), weight: 'Bolder', wrap: true, separator: true });
    for (const comment of task.comments.slice(-5)) {
      body.push({ type: 'TextBlock', text: `**${escapeMarkdown(comment.by.name)}** ${formatMoment(new Date(comment.at), l)}: ${escapeMarkdown(comment.text)}`, wrap: true, spacing: 'Small' });
    }
  }
  body.push({ type: 'TextBlock', text: t(T.history, l), weight: 'Bolder', wrap: true, separator: true });
  for (const entry of task.history.slice(-5)) {
    body.push({ type: 'TextBlock', text: `${formatMoment(new Date(entry.at), l)} ${escapeMarkdown(entry.by.name)}: ${historyText(entry, l)}`, wrap: true, size: 'Small', isSubtle: true, spacing: 'None' });
  }
  const errorBlock = fieldErrorBlocks(view.errors);
  const actions: Record<string, unknown>[] = [];
  if (view.canEdit) actions.push(executeAction(t(T.edit, l), 'task.edit', { taskId: task.id }, { lang: l }));
  if (view.canUpdate) {
    const next = TASK_STATUSES.filter((status) => STATUS_TRANSITIONS[task.status].includes(status));
    if (next.length > 0) {
      actions.push({
        type: 'Action.ShowCard',
        title: t(T.changeStatus, l),
        card: {
          type: 'AdaptiveCard',
          body: [
            { type: 'Input.ChoiceSet', id: TASK_CARD_INPUTS.status, label: t(T.status, l), style: 'expanded', isRequired: true, errorMessage: t(T.chooseOne, l), choices: next.map((status) => ({ title: statusText({ status }, l), value: status })) },
            ...errorBlock(TASK_CARD_INPUTS.status),
          ],
          actions: [executeAction(t(T.save, l), 'task.status', { taskId: task.id, basedOn: task.revision }, { style: 'positive', lang: l })],
        },
      });
    }
    actions.push({
      type: 'Action.ShowCard',
      title: t(T.addComment, l),
      card: {
        type: 'AdaptiveCard',
        body: [
          { type: 'Input.Text', id: TASK_CARD_INPUTS.comment, label: t(T.comment, l), isMultiline: true, isRequired: true, errorMessage: t(T.required, l), maxLength: MAX_TASK_COMMENT },
          ...errorBlock(TASK_CARD_INPUTS.comment),
        ],
        actions: [executeAction(t(T.send, l), 'task.comment', { taskId: task.id, basedOn: task.revision }, { style: 'positive', lang: l })],
      },
    });
  }
  // Errors on the status or comment form are shown in the body too: the show-cards start closed.
  for (const message of Object.values(view.errors ?? {})) body.splice(1, 0, { type: 'TextBlock', text: message, color: 'Attention', wrap: true });
  const text = `${title}\n${statusText(task, l)} · ${formatDue(task.due, l, view.now)}`;
  return { card: adaptiveCard(body, actions, text), text };
}

export interface TaskListView {
  language: Language;
  now: Date;
  title: string;
  tasks: Array<{ task: Task; names: TaskNames }>;
  /** Shown instead of the list when it is empty. */
  empty?: string;
  max?: number;
}

/** A list of tasks as an answer; long lists are cut with a count (the message must stay small). */
export function buildTaskListCard(view: TaskListView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const max = view.max ?? 25;
  const shown = view.tasks.slice(0, max);
  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: view.title, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (shown.length === 0) body.push({ type: 'TextBlock', text: view.empty ?? t(T.noTasks, l), wrap: true });
  for (const { task, names } of shown) body.push({ type: 'TextBlock', text: taskLine(task, names, l, view.now), wrap: true, spacing: 'Small' });
  if (view.tasks.length > max) body.push({ type: 'TextBlock', text: t(T.more, l, { count: view.tasks.length - max }), isSubtle: true, wrap: true });
  if (shown.length > 0) body.push({ type: 'TextBlock', text: t(T.typeToShow, l), isSubtle: true, size: 'Small', wrap: true });
  const actions = shown.slice(0, 3).map(({ task }) => executeAction(taskButtonTitle(task), 'task.show', { taskId: task.id }, { lang: l }));
  const text = [view.title, ...shown.map(({ task }) => `${task.id} ${task.title}`)].join('\n');
  return { card: adaptiveCard(body, actions, text), text };
}

/** The proactive card for the assignee: a new task, or the reminder a week before it is due. */
export function buildTaskNotificationCard(view: { language: Language; now: Date; task: Task; names: TaskNames; kind: 'assigned' | 'reminder'; by?: string }): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const { task } = view;
  const due = formatDue(task.due, l, view.now);
  const title = view.kind === 'assigned' ? t(T.assignedTitle, l, { title: escapeMarkdown(task.title) }) : t(T.reminderTitle, l, { title: escapeMarkdown(task.title), due });
  const intro = view.kind === 'assigned' ? t(T.assignedText, l, { by: escapeMarkdown(view.by ?? task.createdBy.name), id: task.id }) : t(T.reminderText, l, { id: task.id });
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, ...(view.kind === 'reminder' ? { color: 'Warning' } : {}) },
    { type: 'TextBlock', text: intro, wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: t(T.due, l), value: due },
        { title: t(T.focusArea, l), value: view.names.focusAreaName?.[l] ?? task.focusAreaId },
        { title: t(T.district, l), value: view.names.districtName ?? t(T.cityWide, l) },
        { title: t(T.ownerName, l), value: `${escapeMarkdown(task.owner.name)} (${ORGANISATION_KIND_LABELS[task.owner.kind][l]})` },
        { title: t(T.status, l), value: statusText(task, l) },
      ],
    },
  ];
  return { card: adaptiveCard(body, [executeAction(t(T.show, l), 'task.show', { taskId: task.id }, { lang: l })], `${title}\n${intro}`), text: `${title}\n${intro}` };
}
