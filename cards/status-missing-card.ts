import type { MissingListView } from '../src/app/status-jobs.ts';
import type { Language } from '../src/domain/model.ts';
import { formatMoment } from '../src/domain/schedule.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { t } from './texts/catalogue.ts';
import { MISSING_LIST_TEXTS as T } from './texts/status.ts';

/** After the deadline, to the admins: each missing district with its contacts and deputies, who is away marked. */
export function buildMissingListCard(view: MissingListView, language: Language): { card: AdaptiveCardJson; text: string } {
  const l = language;
  const title = t(T.title, l, { week: Number(view.week.slice(6)) });
  const person = (p: MissingListView['missing'][number]['people'][number]) => {
    const marks = [...(p.role === 'deputy' ? [t(T.deputy, l)] : []), ...(p.absent ? [t(T.away, l)] : [])];
    return `${escapeMarkdown(p.name)}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
  };
  const lines = view.missing.map((d) => `• **${escapeMarkdown(d.name)}**: ${d.people.length > 0 ? d.people.map(person).join(', ') : t(T.nobody, l)}`);
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: t(T.intro, l, { deadline: formatMoment(view.deadline, l) }), wrap: true, spacing: 'Small' },
    ...lines.map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'None' })),
  ];
  if (view.paused.length > 0) {
    const list = view.paused.map((d) => `${escapeMarkdown(d.name)} (${escapeMarkdown(d.reason)})`).join(', ');
    body.push({ type: 'TextBlock', text: t(T.paused, l, { list }), wrap: true, isSubtle: true });
  }
  const text = [title, ...lines].join('\n');
  return { card: adaptiveCard(body, [], text), text };
}
