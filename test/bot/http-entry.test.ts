import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { postActivity, teamsActivity, PLAYGROUND_TENANT } from '../support/activities.ts';
import { startTestApp, startTestAppWithConnector, type TestApp } from '../support/test-app.ts';
import type { FakeConnector, RecordedSend } from '../support/fake-connector.ts';
import { personalConversationId } from '../../src/domain/conversation-id.ts';

const cardOf = (send: RecordedSend) =>
  ((send.activity.attachments as Array<{ contentType: string; content: unknown }> | undefined) ?? []).find(
    (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  )?.content;
const cardText = (send: RecordedSend) => JSON.stringify(cardOf(send) ?? {});

describe('the real HTTP entry /api/messages', () => {
  let app: RunningApp;
  let testApp: (TestApp & { connector: FakeConnector }) | undefined;
  let connector: FakeConnector;

  beforeAll(async () => {
    testApp = await startTestAppWithConnector();
    ({ app, connector } = testApp);
  });
  afterAll(async () => {
    await testApp?.stop();
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('welcomes a user who installs the app with a help card', async () => {
    const activity = teamsActivity(connector.serviceUrl, {
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:bot' }],
      conversation: { id: 'a:welcome-chat', conversationType: 'personal' },
    });
    const response = await postActivity(app.url, activity);
    expect(response.status).toBeLessThan(300);
    const send = await connector.waitFor((s) => s.conversationId === 'a:welcome-chat');
    expect(cardOf(send)).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('answers a Swedish question with a card that cites its source', async () => {
    const activity = teamsActivity(connector.serviceUrl, {
      text: 'står det något om skolorna?',
      conversation: { id: 'a:question-chat', conversationType: 'personal' },
    });
    expect((await postActivity(app.url, activity)).status).toBeLessThan(300);
    const send = await connector.waitFor((s) => s.conversationId === 'a:question-chat');
    expect(send.path).toContain(encodeURIComponent(activity.id as string));
    expect(cardText(send)).toContain('Skolan som arena för förebyggande arbete');
    expect(cardText(send)).toMatch(/farozonen/);
  });

  it('answers in a channel only when @mentioned, with the mention stripped', async () => {
    const base = {
      conversation: { id: '19:general@thread.tacv2;messageid=1', conversationType: 'channel' },
      channelData: { tenant: { id: '00000000-0000-0000-0000-0000000000001' }, team: { id: 'team-id' }, channel: { id: '19:general@thread.tacv2' } },
    };
    const unmentioned = teamsActivity(connector.serviceUrl, { ...base, text: 'vad ingår i samverkansavtalet?' });
    expect((await postActivity(app.url, unmentioned)).status).toBeLessThan(300);
    const mentioned = teamsActivity(connector.serviceUrl, {
      ...base,
      text: '<at>Samverkan</at> vad ingår i samverkansavtalet?',
      entities: [{ type: 'mention', text: '<at>Samverkan</at>', mentioned: { id: '28:bot', name: 'Samverkan' } }],
    });
    expect((await postActivity(app.url, mentioned)).status).toBeLessThan(300);
    const send = await connector.waitFor((s) => s.conversationId.startsWith('19:general@thread.tacv2'));
    expect(send.path).toContain(encodeURIComponent(mentioned.id as string));
    expect(cardText(send)).toContain('Kamerabevakning');
    expect(connector.sends.filter((s) => s.path.includes(encodeURIComponent(unmentioned.id as string)))).toHaveLength(0);
  });

  it.each([
    ['not JSON', '{"type": "message",', 400],
    ['an empty object', {}, 400],
    ['a type that is not a string', { type: 42 }, 400],
    ['a hostile serviceUrl', { type: 'message', serviceUrl: 'javascript:alert(1)' }, 400],
  ])('refuses %s with a 4xx and keeps answering', async (_name, body, status) => {
    const payload =
      typeof body === 'string' || !('serviceUrl' in body) ? body : { ...teamsActivity(connector.serviceUrl), ...body };
    const response = await postActivity(app.url, payload);
    expect(response.status).toBe(status);
    expect(await response.json()).toHaveProperty('message');
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('refuses a request from a tenant that is not allowed, sending nothing', async () => {
    const before = connector.sends.length;
    const activity = teamsActivity(connector.serviceUrl, { tenantId: 'evil-tenant', text: 'hej', conversation: { id: 'a:evil', conversationType: 'personal', tenantId: 'evil-tenant' } });
    const response = await postActivity(app.url, activity);
    expect(response.status).toBe(403);
    expect(connector.sends.length).toBe(before);
  });

  it('stores the conversation reference of the user on every turn', async () => {
    const activity = teamsActivity(connector.serviceUrl, {
      text: 'hjälp',
      aadObjectId: 'ref-user',
      conversation: { id: 'a:ref-chat', conversationType: 'personal' },
    });
    await postActivity(app.url, activity);
    await connector.waitFor((s) => s.conversationId === 'a:ref-chat');
    const stored = await app.repositories.conversations.read(PLAYGROUND_TENANT, personalConversationId('ref-user'));
    expect(stored?.doc.reference).toMatchObject({ serviceUrl: connector.serviceUrl, conversation: { id: 'a:ref-chat' } });
  });
});

describe('the HTTP entry with an app id set', () => {
  let app: RunningApp;
  let testApp: TestApp | undefined;
  beforeAll(async () => {
    testApp = await startTestApp({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000001',
      ALLOWED_TENANTS: '00000000-0000-0000-0000-0000000000001',
    });
    app = testApp.app;
  });
  afterAll(async () => {
    await testApp?.stop();
  });

  it('refuses an unsigned request with 401', async () => {
    const response = await postActivity(app.url, teamsActivity('http://127.0.0.1:9/', { text: 'hej' }));
    expect(response.status).toBe(401);
  });

  it('refuses a request with a forged token with 401', async () => {
    const forged = `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"aud":"x"}').toString('base64url')}.`;
    const response = await postActivity(app.url, teamsActivity('http://127.0.0.1:9/', { text: 'hej' }), { authorization: forged });
    expect(response.status).toBe(401);
  });
});
