import { buildJobReportCard, jobStartedText } from '../../cards/job-report-card.ts';
import type { StatusJobs } from '../../src/app/status-jobs.ts';
import type { StatusJobName } from '../../src/domain/jobs.ts';
import type { StatusService } from '../../src/app/status-service.ts';
import { weekKeyOf } from '../../src/domain/iso-week.ts';
import type { ChatCommand, Feature } from '../router.ts';
import { requireAdmin } from './require-role.ts';

const JOB_COMMANDS: Array<{ job: StatusJobName; pattern: RegExp }> = [
  { job: 'status-request', pattern: /^(kör|run)\s+(status\s*förfrågan|statusförfrågningar|status[\s-]*requests?|lägesrapport\w*)(\s+(nu|now))?\s*[.!]?$/i },
  { job: 'status-last-call', pattern: /^(kör|run)\s+(sista\s+påminnelse\w*|last[\s-]*calls?)(\s+(nu|now))?\s*[.!]?$/i },
  { job: 'status-reminder', pattern: /^(kör|run)\s+(påminnelse\w*|reminders?|status[\s-]*reminders?)(\s+(nu|now))?\s*[.!]?$/i },
];

/**
 * "kör statusförfrågan nu" / "run status request now": an admin runs a weekly job at once. The
 * turn answers that it started; the report of who was reached follows when the job is done.
 */
export function jobsFeature(deps: { jobs: StatusJobs; status: Pick<StatusService, 'roster'>; now?: () => Date }): Feature {
  const commands: ChatCommand[] = JOB_COMMANDS.map(({ job, pattern }) => ({
    name: `run-${job}`,
    pattern,
    async handle(turn) {
      requireAdmin(turn);
      const week = weekKeyOf(deps.now?.() ?? new Date());
      return {
        replies: [{ text: jobStartedText(job, week, turn.language) }],
        later: async () => {
          const report = await deps.jobs.run(job, turn.tenantId, week, { rerun: true });
          const roster = await deps.status.roster(turn.tenantId);
          return buildJobReportCard(report, new Map(roster.map((person) => [person.id, person.name])), turn.language);
        },
      };
    },
  }));
  return { commands };
}
