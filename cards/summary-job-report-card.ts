import type { SummaryJobReport } from '../src/app/summary-job.ts';
import { weekNumberOf } from '../src/domain/iso-week.ts';
import type { Language } from '../src/domain/model.ts';
import { buildNoticeCard } from './notice-card.ts';
import { both, t } from './texts/catalogue.ts';
import { SUMMARY_TEXTS as T } from './texts/summary.ts';
import { summaryFailedText } from './summary-problem-card.ts';

/** What an admin sees after "kör sammanfattning nu": posted, already posted, or why not. */
export function buildSummaryJobReportCard(report: SummaryJobReport, language: Language) {
  const week = weekNumberOf(report.week);
  if (!report.ran) {
    const done = report.reason === 'already-posted' || (report.reason === 'done' && report.status === 'posted');
    const text = done ? both(T.jobAlready, { week }) : report.reason === 'held' ? both(T.jobHeld) : both(T.failed, { week, error: report.status ?? '' });
    return buildNoticeCard({ title: both(T.title, { week }), text, tone: done ? 'good' : 'default' }, language);
  }
  if (report.status === 'posted') return buildNoticeCard({ title: both(T.title, { week }), text: both(T.jobPosted, { week, count: report.cards }), tone: 'good' }, language);
  const text = report.status === 'uncertain' ? both(T.uncertain, { week }) : summaryFailedText(week, report.failure);
  return buildNoticeCard({ title: T.failedTitle, text, tone: 'attention' }, language);
}

export const summaryJobStartedText = (week: string, language: Language) => t(T.jobStarted, language, { week: Number(week.slice(6)) });
