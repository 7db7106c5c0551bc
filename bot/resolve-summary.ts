import { buildWeeklySummaryCards, type SummaryCardOptions } from '../cards/weekly-summary-card.ts';
import { readWeeklySummary, type SummarySources } from '../src/app/read-weekly-summary.ts';
import { addWeeks, isWeekKey, startOfWeek, weekKeyOf, type WeekKey } from '../src/domain/iso-week.ts';
import type { SummaryAnswer } from '../src/qa/answer.ts';
import type { Reply, TurnInfo } from './samverkan-bot.ts';

/**
 * "sammanfattning", "sammanfattning vecka 45", "summary": that week's summary (default the current
 * week) as reply cards, in chat or channel. Nothing is posted to the steering channel.
 */
export function createSummaryResolver(deps: SummarySources & { now?: () => Date; cards?: SummaryCardOptions }) {
  const now = deps.now ?? (() => new Date());
  return async (answer: SummaryAnswer, turn: TurnInfo): Promise<Reply[]> => {
    const current = now();
    const week: WeekKey = answer.week && isWeekKey(answer.week) ? answer.week : weekKeyOf(current);
    // A past week is judged as it stood at its end; the current one as it stands now.
    const endOfWeek = new Date(startOfWeek(addWeeks(week, 1)).toMillis() - 1);
    const asOf = endOfWeek < current ? endOfWeek : current;
    const summary = await readWeeklySummary(deps, turn.tenantId, week, asOf);
    return buildWeeklySummaryCards(summary, answer.language, deps.cards);
  };
}
