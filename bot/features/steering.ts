import { escapeMarkdown } from '../../cards/escape-markdown.ts';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { NOTICES } from '../../cards/texts/notices.ts';
import { both } from '../../cards/texts/catalogue.ts';
import { buildSummaryJobReportCard, summaryJobStartedText } from '../../cards/summary-job-report-card.ts';
import { buildWeeklySummaryCards, type SummaryCardOptions } from '../../cards/weekly-summary-card.ts';
import { describeSlot } from '../../cards/describe-slot.ts';
import { SUMMARY_TEXTS } from '../../cards/texts/summary.ts';
import { readWeeklySummary, type SummarySources } from '../../src/app/read-weekly-summary.ts';
import type { StatusService } from '../../src/app/status-service.ts';
import type { SteeringChannelService } from '../../src/app/channel-service.ts';
import type { SummaryJob } from '../../src/app/summary-job.ts';
import { AppError } from '../../src/domain/errors.ts';
import { addWeeks, startOfWeek, weekKeyOf, type WeekKey } from '../../src/domain/iso-week.ts';
import type { Feature } from '../router.ts';
import { actorOf } from '../turn.ts';
import { requireAdmin, requireReadAccess, type ReadAccess } from './require-role.ts';

export interface SteeringFeatureDeps extends SummarySources {
  steering: SteeringChannelService;
  summaryJob: SummaryJob;
  status: Pick<StatusService, 'schedule'>;
  cards?: SummaryCardOptions;
  now?: () => Date;
  /** Who may read the summary (READ_ACCESS); roster members by default. */
  readAccess?: ReadAccess;
}

const BIND = /^(styrgrupp(en|ens)?(\s+kanal)?\s+(är\s+)?här|använd\s+(den\s+här|denna)\s+kanal(en)?(\s+för\s+styrgruppen)?|use\s+this\s+channel(\s+for\s+(the\s+)?steering(\s+group)?)?|steering\s+(group\s+)?(channel\s+)?here)\s*[.!]?$/i;
const RUN_SUMMARY = /^(kör\s+(vecko)?sammanfattning(en)?(\s+nu)?|run\s+(the\s+)?(weekly\s+)?summary(\s+now)?)\s*[.!]?$/i;

/**
 * The steering group's weekly summary: "sammanfattning [vecka 45]" shows a week's summary here,
 * "styrgrupp här" (an admin, in a channel) makes the channel the steering group's, and
 * "kör sammanfattning nu" (an admin) posts this week's summary there now, still only once a week.
 */
export function steeringFeature(deps: SteeringFeatureDeps): Feature {
  const now = () => deps.now?.() ?? new Date();
  return {
    commands: [
      {
        name: 'bind-steering-channel',
        pattern: BIND,
        async handle(turn) {
          if (turn.conversation.scope !== 'channel') return buildNoticeCard(NOTICES.steeringOnlyInChannel, turn.language);
          if (!turn.userAadObjectId) throw new AppError('forbidden', 'An anonymous user cannot choose the channel.', { reason: 'channel-admin-only' });
          const { teamId, channelName } = turn.conversation;
          const { outcome } = await deps.steering.bindByAdmin(
            { tenantId: turn.tenantId, conversationId: turn.conversation.id, ...(teamId ? { teamId } : {}), ...(channelName ? { channelName } : {}), language: turn.language },
            actorOf(turn),
          );
          const schedule = await deps.status.schedule(turn.tenantId);
          const values = { channel: channelName ? escapeMarkdown(channelName) : SUMMARY_TEXTS.thisChannel[turn.language], when: describeSlot(schedule.summary, turn.language) };
          const template = outcome === 'unchanged' ? SUMMARY_TEXTS.alreadyBound : SUMMARY_TEXTS.bound;
          const text = both(template, values);
          return buildNoticeCard({ title: SUMMARY_TEXTS.boundTitle, text, tone: 'good' }, turn.language);
        },
      },
      {
        name: 'run-weekly-summary',
        pattern: RUN_SUMMARY,
        async handle(turn) {
          requireAdmin(turn);
          const week = weekKeyOf(now());
          return {
            replies: [{ text: summaryJobStartedText(week, turn.language) }],
            later: async () => buildSummaryJobReportCard(await deps.summaryJob.run(turn.tenantId, week, { rerun: true }), turn.language),
          };
        },
      },
    ],
    intents: {
      async summary(turn, answer) {
        requireReadAccess(turn, deps.readAccess);
        const current = now();
        const week: WeekKey = answer.week ?? weekKeyOf(current);
        // A past week is judged as it stood at its end; the current one as it stands now.
        const endOfWeek = new Date(startOfWeek(addWeeks(week, 1)).toMillis() - 1);
        const summary = await readWeeklySummary(deps, turn.tenantId, week, endOfWeek < current ? endOfWeek : current);
        return buildWeeklySummaryCards(summary, turn.language, deps.cards);
      },
    },
  };
}
