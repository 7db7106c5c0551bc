import { pino } from 'pino';
import { BotProactiveSender } from '../../bot/edge/bot-proactive-sender.ts';
import { createAdapter } from '../../bot/edge/create-adapter.ts';
import { BotTeamDirectory } from '../../bot/edge/team-directory.ts';
import { statusJobRenderer } from '../../cards/renderers.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { ReachService } from '../../src/app/reach-service.ts';
import { StatusJobs } from '../../src/app/status-jobs.ts';
import { StatusService } from '../../src/app/status-service.ts';
import { TeamService } from '../../src/app/team-service.ts';
import { OutboxSender } from '../../src/scheduling/outbox-sender.ts';
import type { Repositories } from '../../src/storage/create-repositories.ts';

/** One instance's status jobs that reach people through the team, over the real adapter (anonymous). */
export function createReachingJobs(repositories: Repositories, owner: string, options: { directoryPerSecond?: number; perAppPerSecond?: number } = {}) {
  const { adapter } = createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '' }, pino({ level: 'silent' }));
  const directory = new BotTeamDirectory(adapter, '', options.directoryPerSecond ? { perSecond: options.directoryPerSecond } : {});
  const teams = new TeamService({ repositories, directory });
  const reach = new ReachService({ repositories, teams, directory });
  const status = new StatusService(repositories, new AuditLog(repositories.audit));
  const proactive = new BotProactiveSender(adapter, '');
  const sender = new OutboxSender({
    outbox: repositories.outbox,
    conversations: repositories.conversations,
    sender: proactive,
    owner,
    retry: { attempts: 6, baseDelayMs: 20, maxDelayMs: 200 },
    throttledSince: () => proactive.throttledCount(),
    ...(options.perAppPerSecond ? { perAppPerSecond: options.perAppPerSecond } : {}),
  });
  const jobs = new StatusJobs({ repositories, status, sender, renderer: statusJobRenderer, owner, reach });
  return { teams, reach, jobs, directory, proactive };
}
