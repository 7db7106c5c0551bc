import { escapeMarkdown } from './escape-markdown.ts';
import type { UnansweredList } from '../src/domain/unanswered-questions.ts';
import type { Language } from '../src/domain/model.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { t } from './texts/catalogue.ts';
import { COORDINATOR_TEXTS as T } from './texts/coordinators.ts';

/** "obesvarade frågor" (admins): refused and 👎 questions, grouped, newest first, with counts. */
export function buildUnansweredQuestionsCard(list: UnansweredList, lang: Language): { card: AdaptiveCardJson; text: string } {
  const title = t(T.unansweredTitle, lang);
  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' }];
  const lines = [title];
  if (list.groups.length === 0) {
    body.push({ type: 'TextBlock', text: t(T.noUnanswered, lang), wrap: true });
    lines.push(t(T.noUnanswered, lang));
  } else {
    body.push({ type: 'TextBlock', text: t(T.unansweredIntro, lang), wrap: true, isSubtle: true, size: 'Small' });
    lines.push(t(T.unansweredIntro, lang));
    for (const group of list.groups) {
      const question = `”${escapeMarkdown(group.question)}” (${t(T.times, lang, { count: group.count })})`;
      const detail = t(T.unansweredDetail, lang, { refused: group.refused, down: group.downVotes, date: group.lastAt.slice(0, 10) });
      body.push(
        { type: 'TextBlock', text: question, wrap: true, spacing: 'Medium', maxLines: 4 },
        { type: 'TextBlock', text: detail, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' },
      );
      lines.push(question, detail);
    }
    if (list.more > 0) {
      body.push({ type: 'TextBlock', text: t(T.more, lang, { count: list.more }), wrap: true, isSubtle: true });
      lines.push(t(T.more, lang, { count: list.more }));
    }
  }
  const text = lines.join('\n');
  return { card: adaptiveCard(body, [], text.slice(0, 1000)), text };
}
