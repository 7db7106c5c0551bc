import { pino } from 'pino';
import { createAdapter } from '../../bot/edge/create-adapter.ts';
import { BotProactiveSender } from '../../bot/edge/bot-proactive-sender.ts';
import { summaryRenderer } from '../../cards/renderers.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { KnowledgeService } from '../../src/app/knowledge-service.ts';
import { ChannelService } from '../../src/app/channel-service.ts';
import { createSummaryJob, type SummaryJobDeps } from '../../src/app/summary-job.ts';
import type { Repositories } from '../../src/storage/create-repositories.ts';
import { DEMO_USER_AAD, PLAYGROUND_TENANT } from './activities.ts';
import { channelConversationId, personalConversationId } from '../../src/domain/conversation-id.ts';

export const STEERING_CHANNEL = '19:steering-demo@thread.tacv2';

/** One "bot instance" worth of summary machinery over a shared store, sending through the real adapter. */
export function createSummaryInstance(repositories: Repositories, owner: string, options: Partial<SummaryJobDeps> = {}) {
  const { adapter } = createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '' }, pino({ level: 'silent' }));
  const knowledge = new KnowledgeService(repositories);
  const steering = new ChannelService('steering', repositories, new AuditLog(repositories.audit));
  const job = createSummaryJob({
    repositories,
    knowledge,
    sender: new BotProactiveSender(adapter, ''),
    renderer: summaryRenderer,
    owner,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
  return { job, steering, knowledge };
}

const reference = (serviceUrl: string, conversationId: string, conversationType: string) => ({
  channelId: 'msteams',
  serviceUrl,
  conversation: { id: conversationId, conversationType, tenantId: PLAYGROUND_TENANT },
  bot: { id: '28:bot', name: 'Samverkan' },
});

/** The steering channel's conversation record and the demo admin's personal chat, at the fake connector. */
export async function addSteeringConversations(repositories: Repositories, serviceUrl: string, tenantId = PLAYGROUND_TENANT): Promise<void> {
  const updatedAt = new Date().toISOString();
  await repositories.conversations.upsert({
    tenantId,
    id: channelConversationId(STEERING_CHANNEL),
    type: 'conversation',
    scope: 'channel',
    language: 'sv',
    updatedAt,
    reference: reference(serviceUrl, STEERING_CHANNEL, 'channel'),
  });
  await repositories.conversations.upsert({
    tenantId,
    id: personalConversationId(DEMO_USER_AAD),
    type: 'conversation',
    scope: 'personal',
    aadObjectId: DEMO_USER_AAD,
    language: 'sv',
    updatedAt,
    reference: { ...reference(serviceUrl, `a:chat-${DEMO_USER_AAD}`, 'personal'), user: { id: `29:${DEMO_USER_AAD}`, aadObjectId: DEMO_USER_AAD } },
  });
}
