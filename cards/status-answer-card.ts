import type { Language } from '../src/domain/model.ts';
import { currentRevision, type Revision } from '../src/domain/status-report.ts';
import type { WeekOverview } from '../src/app/status-overview.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { formatEntry, LEVEL_ICONS } from './status-entry.ts';
import { t } from './texts/catalogue.ts';
import { STATUS_ANSWER_TEXTS as TEXTS } from './texts/status.ts';

const week = (key: string) => Number(key.slice(6));
const ask = (title: string, value: string) => ({ type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value } } });

function card(title: string, body: Record<string, unknown>[], language: Language, overview: WeekOverview): { card: AdaptiveCardJson; text: string } {
  const actions = [
    ask(t(TEXTS.askMissing, language), t(TEXTS.askMissing, language)),
    ask(t(TEXTS.askWeek, language, { week: week(overview.week) }), t(TEXTS.askWeek, language, { week: week(overview.week) })),
  ];
  const text = [title, ...body.map((block) => (typeof block.text === 'string' ? block.text : '')).filter(Boolean)].join('\n');
  return { card: adaptiveCard([{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true }, ...body], actions, title), text };
}

/** "Inskickad av X", or "Inskickad av X för Y" when a deputy sent it for an absent contact. */
export function sentByText(revision: Pick<Revision, 'submittedBy' | 'onBehalfOf'>, language: Language): string {
  const name = escapeMarkdown(revision.submittedBy.name);
  return revision.onBehalfOf?.length
    ? t(TEXTS.sentByFor, language, { name, for: revision.onBehalfOf.map((p) => escapeMarkdown(p.name)).join(', ') })
    : t(TEXTS.sentBy, language, { name });
}

/** What the missing-reports answer may add: each district's contacts, and the districts whose week is "ej aktuellt". */
export interface MissingDetails {
  contacts: Map<string, string[]>;
  paused: Map<string, string>;
}

/** One district's report for the week, entry by entry with comments. */
export function buildDistrictStatusCard(overview: WeekOverview, districtId: string, language: Language) {
  const district = overview.districts.find((d) => d.id === districtId);
  const name = district?.name ?? districtId;
  const title = t(TEXTS.districtTitle, language, { district: name, week: week(overview.week) });
  const report = overview.reports.get(districtId);
  if (!report) return card(title, [{ type: 'TextBlock', text: t(TEXTS.noneReported, language, { district: name, week: week(overview.week) }), wrap: true }], language, overview);
  const revision = currentRevision(report);
  const facts = overview.focusAreas.map((area) => {
    const entry = revision.entries.find((e) => e.focusAreaId === area.id);
    return {
      title: area.name[language],
      value: entry ? formatEntry(entry, language) : '–',
    };
  });
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: sentByText(revision, language) + (revision.late ? t(TEXTS.lateMark, language) : ''), isSubtle: true, wrap: true, spacing: 'None' },
    { type: 'FactSet', facts },
  ];
  if (revision.overallComment) body.push({ type: 'TextBlock', text: escapeMarkdown(revision.overallComment), wrap: true });
  return card(title, body, language, overview);
}

/** One focus area across all districts. */
export function buildFocusAreaStatusCard(overview: WeekOverview, focusAreaId: string, language: Language) {
  const area = overview.focusAreas.find((a) => a.id === focusAreaId);
  const title = t(TEXTS.areaTitle, language, { area: area?.name[language] ?? focusAreaId, week: week(overview.week) });
  const facts = overview.districts.map((district) => {
    const report = overview.reports.get(district.id);
    const entry = report ? currentRevision(report).entries.find((e) => e.focusAreaId === focusAreaId) : undefined;
    return {
      title: district.name,
      value: entry ? formatEntry(entry, language) : t(TEXTS.notReported, language),
    };
  });
  return card(title, [{ type: 'FactSet', facts }], language, overview);
}

/** Every district's levels for the week in one compact row each. */
export function buildWeekStatusCard(overview: WeekOverview, language: Language) {
  const title = t(TEXTS.weekTitle, language, { week: week(overview.week) });
  const facts = overview.districts.map((district) => {
    const report = overview.reports.get(district.id);
    if (!report) return { title: district.name, value: t(TEXTS.notReported, language) };
    const revision = currentRevision(report);
    const icons = overview.focusAreas.map((area) => {
      const entry = revision.entries.find((e) => e.focusAreaId === area.id);
      return entry ? LEVEL_ICONS[entry.level] : '·';
    });
    return { title: district.name, value: icons.join('') };
  });
  const reported = overview.districts.filter((d) => overview.reports.has(d.id)).length;
  return card(
    title,
    [
      { type: 'TextBlock', text: t(TEXTS.reported, language, { count: reported, total: overview.districts.length }), wrap: true, spacing: 'None' },
      { type: 'FactSet', facts },
      { type: 'TextBlock', text: t(TEXTS.legend, language, { areas: overview.focusAreas.map((a) => a.name[language]).join(', ') }), wrap: true, isSubtle: true, size: 'Small' },
    ],
    language,
    overview,
  );
}

export function buildMissingReportsCard(overview: WeekOverview, language: Language, details?: MissingDetails) {
  const title = t(TEXTS.missingTitle, language, { week: week(overview.week) });
  const missing = overview.districts.filter((d) => !overview.reports.has(d.id) && !details?.paused.has(d.id));
  const line = (d: { id: string; name: string }) => {
    const contacts = details?.contacts.get(d.id) ?? [];
    return contacts.length > 0 ? `• ${d.name} (${t(TEXTS.contactsOf, language, { names: contacts.map(escapeMarkdown).join(', ') })})` : `• ${d.name}`;
  };
  const body: Record<string, unknown>[] =
    missing.length === 0
      ? [{ type: 'TextBlock', text: t(TEXTS.everyoneReported, language), wrap: true }]
      : missing.map((d) => ({ type: 'TextBlock', text: line(d), wrap: true, spacing: 'None' }));
  for (const d of overview.districts.filter((d) => details?.paused.has(d.id))) {
    body.push({ type: 'TextBlock', text: t(TEXTS.pausedDistrict, language, { district: d.name, week: week(overview.week), reason: escapeMarkdown(details!.paused.get(d.id)!) }), wrap: true, isSubtle: true, spacing: 'None' });
  }
  return card(title, body, language, overview);
}
