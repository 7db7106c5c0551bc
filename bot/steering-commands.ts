import type { TurnContext } from 'botbuilder';
import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/texts/notices.ts';
import { both } from '../cards/texts/catalogue.ts';
import { buildSummaryJobReportCard, summaryJobStartedText } from '../cards/summary-job-report-card.ts';
import { describeSlot } from '../cards/describe-slot.ts';
import { SUMMARY_TEXTS } from '../cards/texts/summary.ts';
import type { SteeringChannelService } from '../src/app/steering-channel-service.ts';
import type { StatusService } from '../src/app/status-service.ts';
import type { SummaryJob } from '../src/app/summary-job.ts';
import { isAppError } from '../src/domain/errors.ts';
import { weekKeyOf } from '../src/domain/iso-week.ts';
import type { Language } from '../src/domain/model.ts';
import { isAdmin } from '../src/domain/roles.ts';
import type { BackgroundReplies } from './background-replies.ts';
import type { ChatCommand } from './chat-command.ts';
import { toConversationRecord } from './conversation-capture.ts';
import { sendReply, type TurnInfo } from './samverkan-bot.ts';

const BIND_SV = /^(styrgrupp(en|ens)?(\s+kanal)?\s+(är\s+)?här|använd\s+(den\s+här|denna)\s+kanal(en)?(\s+för\s+styrgruppen)?)\s*[.!]?$/i;
const BIND_EN = /^(use\s+this\s+channel(\s+for\s+(the\s+)?steering(\s+group)?)?|steering\s+(group\s+)?(channel\s+)?here)\s*[.!]?$/i;
const RUN_SV = /^kör\s+(vecko)?sammanfattning(en)?(\s+nu)?\s*[.!]?$/i;
const RUN_EN = /^run\s+(the\s+)?(weekly\s+)?summary(\s+now)?\s*[.!]?$/i;

interface TeamsChannelData {
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
  teamsTeamId?: string;
}

/**
 * The steering group's chat commands: "styrgrupp här" / "use this channel" (an admin binds the
 * channel they write in) and "kör sammanfattning nu" / "run summary now" (an admin posts the
 * week's summary now; it is still posted only once a week).
 */
export function createSteeringCommands(deps: {
  steering: SteeringChannelService;
  summaryJob: SummaryJob;
  status: Pick<StatusService, 'rosterEntry' | 'schedule'>;
  background?: BackgroundReplies;
  now?: () => Date;
}): ChatCommand[] {
  const now = () => deps.now?.() ?? new Date();
  // The command's own words pick the language, not the client's locale.
  const languageOf = (text: string, swedish: RegExp): Language => (swedish.test(text.trim()) ? 'sv' : 'en');
  return [
    {
      name: 'bind-steering-channel',
      match: (text) => BIND_SV.test(text.trim()) || BIND_EN.test(text.trim()),
      async run(context, turn, text) {
        const language = languageOf(text, BIND_SV);
        const activity = context.activity;
        if (activity.conversation?.conversationType !== 'channel') {
          await sendReply(context, buildNoticeCard(NOTICES.steeringOnlyInChannel, language));
          return;
        }
        const record = toConversationRecord(activity, turn.tenantId, language, now());
        if (!record || !turn.userAadObjectId) {
          await sendReply(context, buildNoticeCard(NOTICES.steeringAdminsOnly, language));
          return;
        }
        const channelData = (activity.channelData ?? {}) as TeamsChannelData;
        const teamId = channelData.team?.id ?? channelData.teamsTeamId;
        const channelName = channelData.channel?.name;
        try {
          const { outcome } = await deps.steering.bindByAdmin(
            { tenantId: turn.tenantId, conversationId: record.id, ...(teamId ? { teamId } : {}), ...(channelName ? { channelName } : {}), language },
            { aadObjectId: turn.userAadObjectId, name: turn.userName ?? turn.userAadObjectId },
          );
          const schedule = await deps.status.schedule(turn.tenantId);
          const when = describeSlot(schedule.summary, language);
          const values = { channel: channelName ?? SUMMARY_TEXTS.thisChannel[language], when };
          const template = outcome === 'unchanged' ? SUMMARY_TEXTS.alreadyBound : SUMMARY_TEXTS.bound;
          const message = both(template, values);
          await sendReply(context, buildNoticeCard({ title: SUMMARY_TEXTS.boundTitle, text: message, tone: 'good' }, language));
        } catch (error) {
          if (!isAppError(error, 'forbidden')) throw error;
          await sendReply(context, buildNoticeCard(NOTICES.steeringAdminsOnly, language));
        }
      },
    },
    {
      name: 'run-weekly-summary',
      match: (text) => RUN_SV.test(text.trim()) || RUN_EN.test(text.trim()),
      async run(context: TurnContext, baseTurn: TurnInfo, text: string) {
        const language = languageOf(text, RUN_SV);
        const entry = await deps.status.rosterEntry(baseTurn.tenantId, baseTurn.userAadObjectId);
        if (!isAdmin(entry)) {
          await sendReply(context, buildNoticeCard(NOTICES.forbidden, language));
          return;
        }
        const week = weekKeyOf(now());
        await context.sendActivity({ type: 'message', text: summaryJobStartedText(week, language) });
        const work = async () => buildSummaryJobReportCard(await deps.summaryJob.run(baseTurn.tenantId, week, { rerun: true }), language);
        if (deps.background) deps.background.start(context, language, work);
        else await sendReply(context, await work());
      },
    },
  ];
}
