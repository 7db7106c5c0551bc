import type { SummaryProblem } from '../src/app/summary-job.ts';
import { weekNumberOf, type WeekKey } from '../src/domain/iso-week.ts';
import type { Language, Localized } from '../src/domain/model.ts';
import type { SummaryFailure } from '../src/domain/summary-post.ts';
import { buildNoticeCard } from './notice-card.ts';
import { both } from './texts/catalogue.ts';
import { SUMMARY_TEXTS as T } from './texts/summary.ts';

/** "… could not be posted: <why>. Write "run summary now" …", with the failure in words. */
export function summaryFailedText(week: number, failure: SummaryFailure | undefined): Localized {
  const why = (language: Language) => {
    if (!failure) return '';
    if (failure.reason === 'error') return failure.message;
    return T[failure.reason === 'no-channel' ? 'noChannel' : 'noReference'][language];
  };
  return { sv: both(T.failed, { week, error: why('sv') }).sv, en: both(T.failed, { week, error: why('en') }).en };
}

/** What the admins are told when the week's summary failed or may not have arrived. */
export function buildSummaryProblemCard(week: WeekKey, problem: SummaryProblem, language: Language) {
  const number = weekNumberOf(week);
  const text = problem.what === 'uncertain' ? both(T.uncertain, { week: number }) : summaryFailedText(number, problem.failure);
  return buildNoticeCard({ title: T.failedTitle, text, tone: 'attention' }, language);
}
