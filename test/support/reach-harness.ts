import { BotTeamDirectory } from '../../bot/edge/team-directory.ts';
import { statusJobRenderer } from '../../cards/renderers.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { ReachService } from '../../src/app/reach-service.ts';
import { StatusJobs } from '../../src/app/status-jobs.ts';
import { StatusService } from '../../src/app/status-service.ts';
import { TeamService } from '../../src/app/team-service.ts';
import type { Repositories } from '../../src/storage/create-repositories.ts';
import { createInstanceSender } from './jobs-harness.ts';

/** One instance's status jobs that reach people through the team, over the real adapter (anonymous). */
export function createReachingJobs(repositories: Repositories, owner: string, options: { directoryPerSecond?: number; perAppPerSecond?: number } = {}) {
  const { adapter, proactive, sender } = createInstanceSender(repositories, owner, options);
  const directory = new BotTeamDirectory(adapter, '', options.directoryPerSecond ? { perSecond: options.directoryPerSecond } : {});
  const teams = new TeamService({ repositories, directory });
  const reach = new ReachService({ repositories, teams, directory });
  const status = new StatusService(repositories, new AuditLog(repositories.audit));
  const jobs = new StatusJobs({ repositories, status, sender, renderer: statusJobRenderer, owner, reach });
  return { teams, reach, jobs, directory, proactive };
}
