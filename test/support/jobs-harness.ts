import { pino } from 'pino';
import { createAdapter } from '../../bot/edge/create-adapter.ts';
import { BotProactiveSender } from '../../bot/edge/bot-proactive-sender.ts';
import { statusJobRenderer } from '../../cards/renderers.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { StatusJobs } from '../../src/app/status-jobs.ts';
import { StatusService } from '../../src/app/status-service.ts';
import type { RosterEntry } from '../../src/domain/model.ts';
import { OutboxSender } from '../../src/scheduling/outbox-sender.ts';
import type { Repositories } from '../../src/storage/create-repositories.ts';
import { PLAYGROUND_TENANT } from './activities.ts';
import { personalConversationId } from '../../src/domain/conversation-id.ts';

/** The sending side of one "bot instance": the real adapter (anonymous), its proactive sender and an outbox sender with short retries. */
export function createInstanceSender(repositories: Repositories, owner: string, options: { claimMs?: number; perAppPerSecond?: number } = {}) {
  const { adapter } = createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '' }, pino({ level: 'silent' }));
  const proactive = new BotProactiveSender(adapter, '');
  const sender = new OutboxSender({
    outbox: repositories.outbox,
    conversations: repositories.conversations,
    sender: proactive,
    owner,
    retry: { attempts: 6, baseDelayMs: 20, maxDelayMs: 200 },
    throttledSince: () => proactive.throttledCount(),
    ...(options.claimMs ? { claimMs: options.claimMs } : {}),
    ...(options.perAppPerSecond ? { perAppPerSecond: options.perAppPerSecond } : {}),
  });
  return { adapter, proactive, sender };
}

/** One "bot instance" worth of job machinery over a shared store, sending through the real adapter. */
export function createJobsInstance(repositories: Repositories, owner: string, options: { leaseMs?: number; claimMs?: number; perAppPerSecond?: number } = {}) {
  const { proactive, sender } = createInstanceSender(repositories, owner, options);
  const status = new StatusService(repositories, new AuditLog(repositories.audit));
  return { status, jobs: new StatusJobs({ repositories, status, sender, renderer: statusJobRenderer, owner, notify: proactive, ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}) }) };
}

/** Adds `count` demo contacts, each with a conversation reference at the fake connector. */
export async function addContacts(repositories: Repositories, serviceUrl: string, count: number, districtIds: string[], tenantId = PLAYGROUND_TENANT): Promise<RosterEntry[]> {
  const entries: RosterEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `contact-${String(i).padStart(5, '0')}`;
    const entry: RosterEntry = { tenantId, id, type: 'roster-entry', name: `Kontakt ${i}`, roles: ['contact'], districtIds: [districtIds[i % districtIds.length]!], demo: true };
    await repositories.roster.upsert(entry);
    await repositories.conversations.upsert({
      tenantId,
      id: personalConversationId(id),
      type: 'conversation',
      scope: 'personal',
      aadObjectId: id,
      language: 'sv',
      updatedAt: new Date().toISOString(),
      reference: {
        channelId: 'msteams',
        serviceUrl,
        conversation: { id: `a:chat-${id}`, conversationType: 'personal', tenantId },
        user: { id: `29:${id}`, aadObjectId: id },
        bot: { id: '28:bot', name: 'Samverkan' },
      },
    });
    entries.push(entry);
  }
  return entries;
}
