import type { Language, Localized } from '../src/domain/model.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';

/** A short card that tells the user one thing: an error, a refusal, a confirmation. */
export function buildNoticeCard(
  notice: { title: Localized; text: Localized; tone?: 'attention' | 'good' | 'default' },
  language: Language,
): { card: AdaptiveCardJson; text: string } {
  const title = notice.title[language];
  const text = notice.text[language];
  const card = adaptiveCard(
    [
      { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true, color: notice.tone === 'attention' ? 'Attention' : notice.tone === 'good' ? 'Good' : 'Default' },
      { type: 'TextBlock', text, wrap: true },
    ],
    [],
    `${title}\n${text}`,
  );
  return { card, text: `${title}\n${text}` };
}
