import type { Language, Localized } from '../src/domain/model.ts';
import { MAX_OWNER_NAME, MAX_TASK_TITLE, ORGANISATION_KINDS, type Task } from '../src/domain/task.ts';
import { adaptiveCard, type AdaptiveCardJson, fieldErrorBlocks, formErrorBanner } from './card-json.ts';
import { ORGANISATION_KIND_LABELS, PLAN_TEXTS as T } from './texts/plan.ts';
import { t } from './texts/catalogue.ts';
import { executeAction } from './verbs.ts';

/** Input ids of the task form; cards/task-form.ts reads the same ids. */
export const TASK_INPUTS = {
  title: 'task.title',
  focusArea: 'task.focusArea',
  district: 'task.district',
  ownerName: 'task.ownerName',
  ownerKind: 'task.ownerKind',
  assignee: 'task.assignee',
  due: 'task.due',
} as const;
export type TaskInputId = (typeof TASK_INPUTS)[keyof typeof TASK_INPUTS];

/** The district choice that means "the whole city". */
export const CITY_WIDE = 'city-wide';

export interface TaskChoices {
  focusAreas: Array<{ id: string; name: Localized }>;
  districts: Array<{ id: string; name: string }>;
  /** People the bot knows (the roster), to pick the assignee from. */
  people: Array<{ aadObjectId: string; name: string }>;
}

export interface TaskFormView extends TaskChoices {
  language: Language;
  /** The task being edited; absent for a new task. */
  task?: Task;
  values?: Partial<Record<TaskInputId, string>>;
  errors?: Record<string, string>;
}

/** How a stored due date is put back into the form: a week as "vecka 6 2027", a date as is. */
export function dueInputValue(task: Task, language: Language): string {
  if (task.due.givenAs === 'date') return task.due.date;
  return t(T.dueWeekInput, language, { week: Number(task.due.week.slice(6)), year: task.due.week.slice(0, 4) });
}

export function taskFormValues(task: Task, language: Language): Partial<Record<TaskInputId, string>> {
  return {
    [TASK_INPUTS.title]: task.title,
    [TASK_INPUTS.focusArea]: task.focusAreaId,
    [TASK_INPUTS.district]: task.districtId ?? CITY_WIDE,
    [TASK_INPUTS.ownerName]: task.owner.name,
    [TASK_INPUTS.ownerKind]: task.owner.kind,
    [TASK_INPUTS.assignee]: task.assignee?.aadObjectId ?? '',
    [TASK_INPUTS.due]: dueInputValue(task, language),
  };
}

/** "ny uppgift" / "Ändra": the task form, with errors next to the fields when it comes back. */
export function buildTaskFormCard(view: TaskFormView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const values = { ...(view.task ? taskFormValues(view.task, l) : {}), ...view.values };
  const value = (id: TaskInputId) => (values[id] ? { value: values[id] } : {});
  const errorBlock = fieldErrorBlocks(view.errors);
  const title = view.task ? t(T.editTaskTitle, l, { id: view.task.id }) : t(T.newTaskTitle, l);
  // The current assignee stays choosable even if they have left the roster.
  const people = [...view.people];
  if (view.task?.assignee && !people.some((p) => p.aadObjectId === view.task!.assignee!.aadObjectId)) people.push(view.task.assignee);
  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }];
  body.push(...formErrorBanner(view.errors, t(T.fixErrors, l)));
  body.push(
    { type: 'Input.Text', id: TASK_INPUTS.title, label: t(T.taskTitle, l), isRequired: true, errorMessage: t(T.required, l), maxLength: MAX_TASK_TITLE, ...value(TASK_INPUTS.title) },
    ...errorBlock(TASK_INPUTS.title),
    {
      type: 'Input.ChoiceSet',
      id: TASK_INPUTS.focusArea,
      label: t(T.focusArea, l),
      style: 'compact',
      isRequired: true,
      errorMessage: t(T.chooseOne, l),
      choices: view.focusAreas.map((area) => ({ title: area.name[l], value: area.id })),
      ...value(TASK_INPUTS.focusArea),
    },
    ...errorBlock(TASK_INPUTS.focusArea),
    {
      type: 'Input.ChoiceSet',
      id: TASK_INPUTS.district,
      label: t(T.district, l),
      style: 'compact',
      choices: [{ title: t(T.cityWide, l), value: CITY_WIDE }, ...view.districts.map((d) => ({ title: d.name, value: d.id }))],
      value: values[TASK_INPUTS.district] || CITY_WIDE,
    },
    ...errorBlock(TASK_INPUTS.district),
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            { type: 'Input.Text', id: TASK_INPUTS.ownerName, label: t(T.ownerName, l), placeholder: t(T.ownerNamePlaceholder, l), isRequired: true, errorMessage: t(T.required, l), maxLength: MAX_OWNER_NAME, ...value(TASK_INPUTS.ownerName) },
            ...errorBlock(TASK_INPUTS.ownerName),
          ],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            {
              type: 'Input.ChoiceSet',
              id: TASK_INPUTS.ownerKind,
              label: t(T.ownerKind, l),
              style: 'compact',
              isRequired: true,
              errorMessage: t(T.chooseOne, l),
              choices: ORGANISATION_KINDS.map((kind) => ({ title: ORGANISATION_KIND_LABELS[kind][l], value: kind })),
              ...value(TASK_INPUTS.ownerKind),
            },
            ...errorBlock(TASK_INPUTS.ownerKind),
            // "Typ av organisation" is not obvious: say what the choices mean.
            { type: 'TextBlock', text: t(T.ownerKindHelp, l), isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
          ],
        },
      ],
    },
    {
      type: 'Input.ChoiceSet',
      id: TASK_INPUTS.assignee,
      label: t(T.assignee, l),
      style: 'compact',
      choices: [{ title: t(T.noAssignee, l), value: '' }, ...people.map((p) => ({ title: p.name, value: p.aadObjectId }))],
      value: values[TASK_INPUTS.assignee] ?? '',
    },
    ...errorBlock(TASK_INPUTS.assignee),
    { type: 'Input.Text', id: TASK_INPUTS.due, label: t(T.due, l), placeholder: t(T.duePlaceholder, l), isRequired: true, errorMessage: t(T.dueFormat, l), maxLength: 40, ...value(TASK_INPUTS.due) },
    ...errorBlock(TASK_INPUTS.due),
    { type: 'TextBlock', text: t(T.dueHelp, l), isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
  );
  const action = executeAction(view.task ? t(T.save, l) : t(T.create, l), 'task.save', { ...(view.task ? { taskId: view.task.id } : {}), basedOn: view.task?.revision ?? 0 }, { style: 'positive', lang: l });
  return { card: adaptiveCard(body, [action], title), text: title };
}
