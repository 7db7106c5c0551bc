import type { Language } from '../src/domain/model.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { suggestionAction } from './suggestion-action.ts';
import { t } from './texts/catalogue.ts';
import { ASK_TEXTS } from './texts/answers.ts';
import { HELP_ADMIN, HELP_CONTACT, HELP_EVERYONE, HELP_STEERING, HELP_TEXTS as T } from './texts/help.ts';

export interface HelpCardView {
  language: Language;
  /** What this user is in Samverkan: each role adds what it may do. */
  roles: { admin: boolean; steering: boolean; contact: boolean };
  /** Asked in a channel: remind that the bot answers there only when @mentioned. */
  inChannel: boolean;
}

/** "hjälp": what this user may ask and do — everyone's questions, then what their roles add. */
export function buildHelpCard(view: HelpCardView): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const lines = (entries: Record<string, { sv: string; en: string }>) => Object.values(entries).map((entry) => `- ${t(entry, l)}`).join('\n');
  const sections: Array<[string, string]> = [[t(T.everyone, l), lines(HELP_EVERYONE)]];
  if (view.roles.contact || view.roles.admin) sections.push([t(T.contact, l), lines(HELP_CONTACT)]);
  if (view.roles.steering || view.roles.admin) sections.push([t(T.steering, l), lines(HELP_STEERING)]);
  if (view.roles.admin) sections.push([t(T.admin, l), lines(HELP_ADMIN)]);
  const title = t(T.title, l);
  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' }];
  if (view.inChannel) body.push({ type: 'TextBlock', text: t(T.inChannel, l), wrap: true, isSubtle: true, spacing: 'Small' });
  for (const [heading, list] of sections) {
    body.push({ type: 'TextBlock', text: `**${heading}**`, wrap: true, spacing: 'Medium' }, { type: 'TextBlock', text: list, wrap: true, spacing: 'Small' });
  }
  body.push({ type: 'TextBlock', text: t(T.footer, l), wrap: true, isSubtle: true, size: 'Small' });
  const questions = [t(ASK_TEXTS.whatIsIncluded, l), t(ASK_TEXTS.says, l, { name: t(ASK_TEXTS.schools, l) }), t(ASK_TEXTS.missing, l)];
  const text = [title, ...(view.inChannel ? [t(T.inChannel, l)] : []), ...sections.flatMap(([heading, list]) => [heading, list]), t(T.footer, l), ...questions.map((q) => `» ${q}`)]
    .join('\n')
    .replace(/\*\*/g, '');
  return { card: adaptiveCard(body, questions.map((question) => suggestionAction(question, l)), text.slice(0, 1000)), text };
}
