import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackgroundReplies } from '../../bot/edge/background-replies.ts';
import { BotProactiveSender } from '../../bot/edge/bot-proactive-sender.ts';
import { ConversationCapture } from '../../bot/edge/conversation-capture.ts';
import { createAdapter } from '../../bot/edge/create-adapter.ts';
import { createHttpApp } from '../../bot/edge/create-http-app.ts';
import { createTurnPipeline } from '../../bot/edge/turn-pipeline.ts';
import { questionsFeature } from '../../bot/features/questions.ts';
import { steeringFeature } from '../../bot/features/steering.ts';
import { createRouter } from '../../bot/router.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { QuestionLog } from '../../src/app/question-log.ts';
import { StatusService } from '../../src/app/status-service.ts';
import { applySteeringChannelConfig } from '../../src/app/channel-service.ts';
import { weekKeyOf } from '../../src/domain/iso-week.ts';
import { postActivity, teamsActivity, DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { cardOfSend, textOf } from '../support/card-helpers.ts';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.ts';
import { createSummaryInstance } from '../support/summary-harness.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';
import { channelConversationId } from '../../src/domain/conversation-id.ts';

const STEERING_MEMBER = '00000000-0000-0000-0000-00000000d003'; // demo roster: steering, not admin
const GENERAL = '19:general-demo@thread.tacv2';

describe('the steering group binds its channel and asks for summaries (journey 3)', () => {
  let store: TestStore;
  let connector: FakeConnector;
  let server: Server;
  let url: string;
  let background: BackgroundReplies;

  beforeAll(async () => {
    store = await startTestStore();
    connector = await startFakeConnector();
    const logger = pino({ level: 'silent' });
    const { adapter } = createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '' }, logger);
    const { job, steering, knowledge } = createSummaryInstance(store.repositories, 'bot-instance');
    const status = new StatusService(store.repositories, new AuditLog(store.repositories.audit));
    // Wired as bot/create-bot.ts wires it, with the steering feature and questions only.
    const questions = questionsFeature({ knowledge, topics: store.repositories.conversationTopics, questionLog: new QuestionLog(store.repositories), logger });
    const router = createRouter({
      features: [steeringFeature({ steering, summaryJob: job, status, knowledge, repositories: store.repositories }), questions],
      welcome: questions.welcome,
      classify: questions.classify,
      answer: questions.answer,
    });
    background = new BackgroundReplies(new BotProactiveSender(adapter, ''), logger);
    const onTurn = createTurnPipeline({
      router,
      rosterEntry: (tenantId, aadObjectId) => status.rosterEntry(tenantId, aadObjectId),
      detectLanguage: questions.detectLanguage,
      conversations: new ConversationCapture(store.repositories.conversations),
      background,
      logger,
    });
    const app = createHttpApp({ adapter, allowedTenants: new Set([PLAYGROUND_TENANT]), onTurn, logger });
    server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await background?.idle();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await connector?.stop();
    await store?.stop();
  });

  /** A channel post that @mentions the bot, as Teams sends it. */
  const inChannel = (aadObjectId: string, name: string, text: string, channel = GENERAL, channelName?: string) => {
    const mention = '<at>Samverkan</at>';
    return teamsActivity(connector.serviceUrl, {
      aadObjectId,
      from: { id: `29:${aadObjectId}`, aadObjectId, name },
      conversation: { id: `${channel};messageid=${Date.now()}`, conversationType: 'channel', tenantId: PLAYGROUND_TENANT },
      channelData: { tenant: { id: PLAYGROUND_TENANT }, team: { id: 'team-id', name: 'Styrgruppen' }, channel: { id: channel, ...(channelName ? { name: channelName } : {}) } },
      entities: [{ type: 'mention', mentioned: { id: '28:bot', name: 'Samverkan' }, text: mention }],
      text: `${mention} ${text}`,
    });
  };
  const replyTo = async (activity: Record<string, unknown>) => {
    const response = await postActivity(url, activity);
    expect(response.status).toBeLessThan(300);
    const send = await connector.waitFor((s) => s.path.includes(encodeURIComponent(activity.id as string)));
    return textOf(cardOfSend(send) ?? send.activity);
  };
  const auditOf = async (outcome: string) =>
    (await store.repositories.audit.list(PLAYGROUND_TENANT)).filter((entry) => entry.action === 'steering-channel.bind' && entry.outcome === outcome);

  it('an admin writes "styrgrupp här" in a channel: the setting is stored, audited and confirmed in the channel', async () => {
    const reply = await replyTo(inChannel(DEMO_USER_AAD, 'Alex Wilber', 'styrgrupp här', GENERAL, 'Styrgrupp'));
    expect(reply).toContain('Styrgrupp är nu styrgruppens kanal');
    expect(reply).toContain('på fredagar kl. 14:00');
    const setting = (await store.repositories.steeringChannel.read(PLAYGROUND_TENANT, 'steering-channel'))?.doc;
    expect(setting).toMatchObject({
      conversationId: channelConversationId(GENERAL),
      teamId: 'team-id',
      channelName: 'Styrgrupp',
      language: 'sv',
      source: 'chat',
      boundBy: { aadObjectId: DEMO_USER_AAD, name: 'Alex Wilber' },
    });
    // The channel's reference (captured on the same turn) is what the summary will be posted to.
    expect(await store.repositories.conversations.read(PLAYGROUND_TENANT, channelConversationId(GENERAL))).toBeDefined();
    expect(await auditOf('done')).toHaveLength(1);
    expect(await replyTo(inChannel(DEMO_USER_AAD, 'Alex Wilber', 'styrgrupp här', GENERAL, 'Styrgrupp'))).toContain('är redan styrgruppens kanal');
  });

  it('refuses a non-admin with a clear message and audits the refusal', async () => {
    const reply = await replyTo(inChannel(STEERING_MEMBER, 'Demoledamot', 'use this channel', '19:other@thread.tacv2'));
    expect(reply).toContain('Only administrators can choose the channel');
    expect((await store.repositories.steeringChannel.read(PLAYGROUND_TENANT, 'steering-channel'))?.doc.conversationId).toBe(channelConversationId(GENERAL));
    expect(await auditOf('refused')).toHaveLength(1);
  });

  it('in a personal chat, says to write it in the channel', async () => {
    const ask = teamsActivity(connector.serviceUrl, { text: 'styrgrupp här', conversation: { id: 'a:personal-admin', conversationType: 'personal' } });
    expect(await replyTo(ask)).toContain('Skriv det i styrgruppens kanal');
  });

  it('"sammanfattning vecka 45" in the channel answers with that week’s summary without posting it', async () => {
    const before = connector.sends.length;
    const reply = await replyTo(inChannel(STEERING_MEMBER, 'Demoledamot', 'sammanfattning vecka 45'));
    expect(reply).toContain('Veckosammanfattning vecka 45');
    expect(reply).toContain('Har inte rapporterat');
    // Only a reply in the thread: nothing was posted as a new message in the channel.
    expect(connector.sends.slice(before).some((s) => s.conversationId === GENERAL)).toBe(false);
    expect(await store.repositories.summaries.list(PLAYGROUND_TENANT)).toHaveLength(0);
  });

  it('"summary" in a personal chat answers in English for this week', async () => {
    const ask = teamsActivity(connector.serviceUrl, { text: 'summary', locale: 'en-US' });
    expect(await replyTo(ask)).toContain(`Weekly summary week ${Number(weekKeyOf(new Date()).slice(6))}`);
  });

  it('an admin’s "kör sammanfattning nu" posts the week’s summary to the bound channel, once', async () => {
    const ask = teamsActivity(connector.serviceUrl, { text: 'kör sammanfattning nu' });
    await postActivity(url, ask);
    const post = await connector.waitFor((s) => s.conversationId === GENERAL);
    expect(textOf(cardOfSend(post))).toContain('Veckosammanfattning vecka');
    const second = teamsActivity(connector.serviceUrl, { text: 'kör sammanfattning nu' });
    await postActivity(url, second);
    const sends = connector.sends.filter((s) => s.path.includes(encodeURIComponent(second.id as string)));
    // The run's report follows the turn's answer as a message of its own in the same chat.
    await connector.waitFor((s) => s.conversationId === (second.conversation as { id: string }).id && JSON.stringify(s.activity).includes('redan postad'));
    expect(sends.length).toBeGreaterThan(0);
    expect(connector.sends.filter((s) => s.conversationId === GENERAL)).toHaveLength(1);
  });

  it('a non-admin cannot run the summary now', async () => {
    const ask = teamsActivity(connector.serviceUrl, { text: 'run summary now', aadObjectId: STEERING_MEMBER, from: { id: `29:${STEERING_MEMBER}`, aadObjectId: STEERING_MEMBER, name: 'Demoledamot' }, conversation: { id: 'a:chat-member', conversationType: 'personal' } });
    expect(await replyTo(ask)).toContain('For administrators only');
  });

  it('configuration (STEERING_CHANNEL_ID) sets the channel too, and is a no-op when unset or unchanged', async () => {
    const { steering } = createSummaryInstance(store.repositories, 'config');
    expect(await applySteeringChannelConfig(steering, [PLAYGROUND_TENANT], undefined)).toEqual([{ tenantId: PLAYGROUND_TENANT, outcome: undefined }]);
    expect(await applySteeringChannelConfig(steering, [PLAYGROUND_TENANT], '19:configured@thread.tacv2')).toEqual([{ tenantId: PLAYGROUND_TENANT, outcome: 'rebound' }]);
    expect(await applySteeringChannelConfig(steering, [PLAYGROUND_TENANT], 'conversation:19:configured@thread.tacv2')).toEqual([{ tenantId: PLAYGROUND_TENANT, outcome: 'unchanged' }]);
    const setting = (await store.repositories.steeringChannel.read(PLAYGROUND_TENANT, 'steering-channel'))?.doc;
    expect(setting).toMatchObject({ conversationId: 'conversation:19:configured@thread.tacv2', source: 'config', boundBy: { aadObjectId: 'configuration' } });
    expect(await auditOf('done')).toHaveLength(2);
  });
});
