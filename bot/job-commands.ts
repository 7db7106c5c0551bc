import { buildJobReportCard, jobStartedText } from '../cards/job-report-card.ts';
import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/notices.ts';
import type { StatusJobs } from '../src/app/status-jobs.ts';
import type { StatusService } from '../src/app/status-service.ts';
import { weekKeyOf } from '../src/domain/iso-week.ts';
import type { StatusJobName } from '../src/domain/jobs.ts';
import { isAdmin } from '../src/domain/roles.ts';
import type { BackgroundReplies } from './background-replies.ts';
import type { ChatCommand } from './chat-command.ts';
import { sendReply } from './samverkan-bot.ts';

const JOB_COMMANDS: Array<{ job: StatusJobName; pattern: RegExp }> = [
  { job: 'status-request', pattern: /^(kör|run)\s+(status\s*förfrågan|statusförfrågningar|status[\s-]*requests?|lägesrapport\w*)(\s+(nu|now))?\s*[.!]?$/i },
  { job: 'status-reminder', pattern: /^(kör|run)\s+(påminnelse\w*|reminders?|status[\s-]*reminders?)(\s+(nu|now))?\s*[.!]?$/i },
];

/** "kör statusförfrågan nu" / "run status request now": admins run a job at once, with progress. */
export function createJobCommands(deps: { jobs: StatusJobs; status: StatusService; background?: BackgroundReplies; now?: () => Date }): ChatCommand[] {
  return JOB_COMMANDS.map(({ job, pattern }) => ({
    name: `run-${job}`,
    match: (text) => pattern.test(text.trim()),
    async run(context, baseTurn, text) {
      // The command's own words pick the language ("kör …" is Swedish), not the client's locale.
      const turn = { ...baseTurn, language: /^kör\b/i.test(text.trim()) ? ('sv' as const) : ('en' as const) };
      const entry = await deps.status.rosterEntry(turn.tenantId, turn.userAadObjectId);
      if (!isAdmin(entry)) {
        await sendReply(context, buildNoticeCard(NOTICES.forbidden, turn.language));
        return;
      }
      const week = weekKeyOf(deps.now?.() ?? new Date());
      await context.sendActivity({ type: 'message', text: jobStartedText(job, week, turn.language) });
      const work = async () => {
        const report = await deps.jobs.run(job, turn.tenantId, week, { rerun: true });
        const roster = await deps.status.roster(turn.tenantId);
        return buildJobReportCard(report, new Map(roster.map((p) => [p.id, p.name])), turn.language);
      };
      if (deps.background) deps.background.start(context, turn.language, work);
      else await sendReply(context, await work());
    },
  }));
}
