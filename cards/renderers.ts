import type { CoordinatorRenderer } from '../src/app/coordinator-questions.ts';
import type { StatusJobRenderer } from '../src/app/status-jobs.ts';
import type { SummaryRenderer } from '../src/app/summary-job.ts';
import type { TaskRenderer } from '../src/app/task-notifier.ts';
import { formatMoment } from '../src/domain/schedule.ts';
import { buildCoordinatorAnswerCard, buildCoordinatorQuestionCard } from './coordinator-question-card.ts';
import { buildJobReportCard } from './job-report-card.ts';
import { buildMissingListCard } from './status-missing-card.ts';
import { buildStatusFormCard } from './status-report-card.ts';
import { buildSummaryProblemCard } from './summary-problem-card.ts';
import { buildTaskNotificationCard } from './task-card.ts';
import { buildTaskUnreachableCard } from './task-unreachable-card.ts';
import { buildWeeklySummaryCards, type SummaryCardOptions } from './weekly-summary-card.ts';

/**
 * The card builders behind the renderer interfaces src/app declares for its jobs. The composition
 * root, the test harnesses and the benchmarks all pass these, so they send the same cards.
 */
export const statusJobRenderer: StatusJobRenderer = {
  statusRequest: ({ job, deadline, prefill, ...view }, language) =>
    buildStatusFormCard({
      ...view,
      language,
      deadlineText: formatMoment(deadline, language),
      ...(prefill ? { prefill } : {}),
      ...(job === 'status-reminder' ? { reminder: true } : {}),
      ...(job === 'status-last-call' ? { lastCall: true } : {}),
      canPause: true,
    }),
  jobReport: buildJobReportCard,
  missingList: buildMissingListCard,
};

export const summaryRenderer: SummaryRenderer = createSummaryRenderer();

/** The summary renderer with card options (the "Öppna Läget" link). */
export function createSummaryRenderer(options: SummaryCardOptions = {}): SummaryRenderer {
  return {
    summaryCards: (summary, language) => buildWeeklySummaryCards(summary, language, options),
    summaryProblem: buildSummaryProblemCard,
  };
}

export const taskRenderer: TaskRenderer = {
  taskNotification: ({ focusAreaName, districtName, ...view }, language) =>
    buildTaskNotificationCard({
      ...view,
      language,
      names: { ...(focusAreaName ? { focusAreaName } : {}), ...(districtName ? { districtName } : {}) },
    }),
  assigneeUnreachable: (view, language) => buildTaskUnreachableCard(view, language),
};

export const coordinatorRenderer: CoordinatorRenderer = {
  questionForCoordinators: (question, language) => buildCoordinatorQuestionCard(question, language),
  answerForAsker: buildCoordinatorAnswerCard,
};
