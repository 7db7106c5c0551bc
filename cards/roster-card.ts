import type { Language, Role } from '../src/domain/model.ts';
import type { RosterChangeRole } from '../src/domain/roster-change.ts';
import { adaptiveCard, type AdaptiveCardJson, fieldErrorBlocks, formErrorBanner } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { ROLE_IN_SENTENCE, ROLE_LABELS, ROSTER_ERRORS, ROSTER_TEXTS as T } from './texts/roster.ts';
import { t } from './texts/catalogue.ts';
import { executeAction } from './verbs.ts';

/** Input ids of the roster form; cards/roster-form.ts reads the same ids. */
export const ROSTER_INPUTS = {
  role: 'roster.role',
  person: 'roster.person',
  personId: 'roster.personId',
  personName: 'roster.personName',
  district: 'roster.district',
} as const;

/** The typeahead dataset of the person picker: the bot answers with the team's members (bot/features/admin.ts). */
export const PEOPLE_DATASET = 'samverkan.people';

export type RosterNotice =
  | { kind: 'added' | 'removed' | 'left-roster' | 'already-added' | 'not-held' | 'last-admin'; name: string; role: RosterChangeRole; districtName?: string };

export interface RosterCardView {
  language: Language;
  roster: Array<{ id: string; name: string; roles: Role[]; districtIds: string[]; deputyDistrictIds?: string[]; demo: boolean }>;
  districts: Array<{ id: string; name: string }>;
  knownPeople: Array<{ aadObjectId: string; name: string }>;
  /** A team is installed: the person picker searches its members as the admin types (Data.Query). */
  teamSearch?: boolean;
  notice?: RosterNotice;
  /** Input id → what to fix, shown next to the field. */
  errors?: Record<string, string>;
  /** What the admin typed, kept when the card comes back with errors. */
  values?: Partial<Record<(typeof ROSTER_INPUTS)[keyof typeof ROSTER_INPUTS], string>>;
}

const NOTICE_TEMPLATE = {
  added: T.added,
  removed: T.removed,
  'left-roster': T.leftRoster,
  'already-added': T.alreadyAdded,
  'not-held': T.notHeld,
  'last-admin': T.lastAdmin,
} as const;
const NOTICE_COLOR = { added: 'Good', removed: 'Good', 'left-roster': 'Good', 'already-added': 'Default', 'not-held': 'Default', 'last-admin': 'Attention' } as const;

export function rosterNoticeText(notice: RosterNotice, language: Language): string {
  const district = notice.districtName ? t(T.forDistrict, language, { district: notice.districtName }) : '';
  return t(NOTICE_TEMPLATE[notice.kind], language, { name: escapeMarkdown(notice.name), role: t(ROLE_IN_SENTENCE[notice.role], language), district });
}

/**
 * The roster, grouped (admins, steering group, contacts and deputies per district), and one form
 * to add or remove a role or a deputy: pick a known person or type an Entra object id and name.
 */
export function buildRosterCard(view: RosterCardView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const label = (entry: { name: string; demo: boolean }) => (entry.demo ? `${escapeMarkdown(entry.name)}*` : escapeMarkdown(entry.name));
  const namesWith = (role: Role) => view.roster.filter((entry) => entry.roles.includes(role)).map(label).join(', ') || t(T.nobody, l);
  const errorBlock = fieldErrorBlocks(view.errors);
  const value = (id: keyof NonNullable<RosterCardView['values']>) => (view.values?.[id] ? { value: view.values[id] } : {});

  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: t(T.title, l), weight: 'Bolder', size: 'Medium', wrap: true }];
  const noticeText = view.notice ? rosterNoticeText(view.notice, l) : undefined;
  if (view.notice && noticeText) body.push({ type: 'TextBlock', text: noticeText, wrap: true, weight: 'Bolder', color: NOTICE_COLOR[view.notice.kind] });
  body.push(...formErrorBanner(view.errors, t(T.fixErrors, l)));
  body.push({
    type: 'FactSet',
    facts: [
      { title: t(T.admins, l), value: namesWith('admin') },
      { title: t(T.steering, l), value: namesWith('steering') },
    ],
  });
  body.push({ type: 'TextBlock', text: t(T.contacts, l), weight: 'Bolder', wrap: true, spacing: 'Medium' });
  body.push({
    type: 'FactSet',
    spacing: 'Small',
    facts: view.districts.map((district) => {
      const contacts = view.roster.filter((entry) => entry.roles.includes('contact') && entry.districtIds.includes(district.id)).map(label).join(', ') || t(T.nobody, l);
      const deputies = view.roster.filter((entry) => entry.deputyDistrictIds?.includes(district.id)).map(label).join(', ');
      return { title: district.name, value: deputies ? t(T.withDeputies, l, { contacts, deputies }) : contacts };
    }),
  });
  if (view.roster.some((entry) => entry.demo)) body.push({ type: 'TextBlock', text: t(T.demoNote, l), isSubtle: true, size: 'Small', wrap: true });

  // Two people with the same name are told apart by the start of their id.
  const nameCounts = new Map<string, number>();
  for (const person of view.knownPeople) nameCounts.set(person.name, (nameCounts.get(person.name) ?? 0) + 1);
  body.push(
    { type: 'TextBlock', text: t(T.changeHeading, l), weight: 'Bolder', wrap: true, separator: true, spacing: 'Large' },
    {
      type: 'Input.ChoiceSet',
      id: ROSTER_INPUTS.role,
      label: t(T.role, l),
      style: 'compact',
      isRequired: true,
      errorMessage: t(ROSTER_ERRORS.chooseRole, l),
      ...value(ROSTER_INPUTS.role),
      choices: (['contact', 'deputy', 'steering', 'admin'] as const).map((role) => ({ title: ROLE_LABELS[role][l], value: role })),
    },
    ...errorBlock(ROSTER_INPUTS.role),
    {
      type: 'Input.ChoiceSet',
      id: ROSTER_INPUTS.person,
      label: t(view.teamSearch ? T.personSearch : T.person, l),
      style: 'filtered',
      placeholder: t(view.teamSearch ? T.personSearchPlaceholder : T.personPlaceholder, l),
      ...value(ROSTER_INPUTS.person),
      // Dynamic typeahead (Teams, cards 1.5): the static choices show first, typing asks the bot.
      ...(view.teamSearch ? { 'choices.data': { type: 'Data.Query', dataset: PEOPLE_DATASET, count: 15 } } : {}),
      choices: view.knownPeople.map((person) => ({
        title: (nameCounts.get(person.name) ?? 0) > 1 ? `${person.name} (${person.aadObjectId.slice(0, 8)})` : person.name,
        value: person.aadObjectId,
      })),
    },
    ...errorBlock(ROSTER_INPUTS.person),
    { type: 'TextBlock', text: t(T.orNew, l), wrap: true, isSubtle: true, size: 'Small' },
    {
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [{ type: 'Input.Text', id: ROSTER_INPUTS.personId, label: t(T.personId, l), maxLength: 64, ...value(ROSTER_INPUTS.personId) }, ...errorBlock(ROSTER_INPUTS.personId)],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [{ type: 'Input.Text', id: ROSTER_INPUTS.personName, label: t(T.personName, l), maxLength: 100, ...value(ROSTER_INPUTS.personName) }, ...errorBlock(ROSTER_INPUTS.personName)],
        },
      ],
    },
    {
      type: 'Input.ChoiceSet',
      id: ROSTER_INPUTS.district,
      label: t(T.district, l),
      style: 'compact',
      placeholder: t(T.districtPlaceholder, l),
      ...value(ROSTER_INPUTS.district),
      choices: view.districts.map((district) => ({ title: district.name, value: district.id })),
    },
    ...errorBlock(ROSTER_INPUTS.district),
  );
  const actions = [
    executeAction(t(T.add, l), 'roster.change', { op: 'add' }, { style: 'positive', lang: l }),
    executeAction(t(T.remove, l), 'roster.change', { op: 'remove' }, { style: 'destructive', lang: l }),
  ];
  const text = [t(T.title, l), noticeText].filter(Boolean).join('\n');
  return { card: adaptiveCard(body, actions, text), text };
}
