import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/app/audit-log.ts';
import { ChannelService, type CoordinatorChannelService } from '../../src/app/channel-service.ts';
import { channelConversationId } from '../../src/domain/conversation-id.ts';
import { DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

const T = PLAYGROUND_TENANT;
const ADMIN = { aadObjectId: DEMO_USER_AAD, name: 'Alex Wilber' };

describe('where questions for the coordinators go', () => {
  let store: TestStore;
  let channels: CoordinatorChannelService;

  beforeAll(async () => {
    store = await startTestStore();
    channels = new ChannelService('coordinator', store.repositories, new AuditLog(store.repositories.audit));
  });
  afterAll(async () => {
    await store?.stop();
  });

  it('nowhere while no channel is bound, then the steering group’s, then the coordinators’ once bound', async () => {
    expect(await channels.target(T)).toBeUndefined();
    const steering = new ChannelService('steering', store.repositories, new AuditLog(store.repositories.audit));
    expect((await steering.bindByAdmin({ tenantId: T, conversationId: '19:steering@thread.tacv2' }, ADMIN)).outcome).toBe('bound');
    expect(await steering.target(T)).toBe(channelConversationId('19:steering@thread.tacv2'));
    expect(await channels.target(T)).toBe(channelConversationId('19:steering@thread.tacv2'));
    const bound = await channels.bindByAdmin({ tenantId: T, conversationId: '19:coordinators@thread.tacv2;messageid=1', channelName: 'Samordnare' }, ADMIN);
    expect(bound.outcome).toBe('bound');
    expect(bound.setting).toMatchObject({ id: 'coordinator-channel', type: 'coordinator-channel', source: 'chat', channelName: 'Samordnare' });
    expect(await channels.target(T)).toBe(channelConversationId('19:coordinators@thread.tacv2'));
    // The steering group's channel is unchanged by it.
    expect(await steering.target(T)).toBe(channelConversationId('19:steering@thread.tacv2'));
    expect((await channels.bindByAdmin({ tenantId: T, conversationId: '19:coordinators@thread.tacv2' }, ADMIN)).outcome).toBe('unchanged');
    expect((await channels.bindByAdmin({ tenantId: T, conversationId: '19:other@thread.tacv2' }, ADMIN)).outcome).toBe('rebound');
  });

  it('refuses a non-admin and audits the refusal, each kind with its own reason', async () => {
    const member = { aadObjectId: '00000000-0000-0000-0000-00000000d003', name: 'Demoledamot' };
    const steering = new ChannelService('steering', store.repositories, new AuditLog(store.repositories.audit));
    await expect(steering.bindByAdmin({ tenantId: T, conversationId: '19:mine@thread.tacv2' }, member)).rejects.toMatchObject({ code: 'forbidden', reason: 'channel-admin-only' });
    expect((await store.repositories.audit.list(T)).filter((e) => e.action === 'steering-channel.bind' && e.outcome === 'refused')).toHaveLength(1);
    await expect(channels.bindByAdmin({ tenantId: T, conversationId: '19:mine@thread.tacv2' }, member)).rejects.toMatchObject({ code: 'forbidden', reason: 'admin-only' });
    const refused = (await store.repositories.audit.list(T)).filter((e) => e.action === 'coordinator-channel.bind' && e.outcome === 'refused');
    expect(refused).toHaveLength(1);
    expect(await channels.target(T)).toBe(channelConversationId('19:other@thread.tacv2'));
  });
});
