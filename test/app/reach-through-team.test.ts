import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildJobReportCard } from '../../cards/job-report-card.ts';
import { notifyAdmins } from '../../src/app/notify-admins.ts';
import { personalConversationId } from '../../src/domain/conversation-id.ts';
import { teamDocumentId } from '../../src/domain/team.ts';
import { PLAYGROUND_TENANT, postActivity, teamsActivity } from '../support/activities.ts';
import { startFakeConnector, type FakeConnector, type FakeTeamMember } from '../support/fake-connector.ts';
import { addContacts } from '../support/jobs-harness.ts';
import { createReachingJobs as createReachingJobsOver } from '../support/reach-harness.ts';
import { startTestAppWithConnector } from '../support/test-app.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

const tenantId = PLAYGROUND_TENANT;
const TEAM_ID = '19:coordination@thread.tacv2';
// From data/demo-roster.json: two demo contacts who never wrote to the bot.
const D001 = '00000000-0000-0000-0000-00000000d001';
const D002 = '00000000-0000-0000-0000-00000000d002';
const ALEX = '00000000-0000-0000-0000-0000000000020';

const member = (aadObjectId: string, name: string): FakeTeamMember => ({ id: `29:${aadObjectId}`, aadObjectId, name, userPrincipalName: `${name.split(' ')[0]!.toLowerCase()}@example.org` });

function createReachingJobs(store: TestStore) {
  return createReachingJobsOver(store.repositories, 'reach-test');
}

describe('reaching people through the team the app is installed in', () => {
  let store: TestStore;
  let connector: FakeConnector | undefined;
  beforeEach(async () => {
    store = await startTestStore();
  });
  afterEach(async () => {
    await connector?.stop();
    connector = undefined;
    await store?.stop();
  });

  it('a contact with no personal conversation receives the status card through the team; the report says how each was reached and why not', async () => {
    // 250 members: three pages of 100. Demo contact d001 is among them, d002 is not.
    const others = Array.from({ length: 249 }, (_, i) => member(`aaaaaaaa-0000-4000-8000-${String(i).padStart(12, '0')}`, `Medlem ${i}`));
    connector = await startFakeConnector({ teamMembers: { [TEAM_ID]: [...others.slice(0, 120), member(D001, 'Demokontakt Rinkeby-Kista'), ...others.slice(120)] } });
    const [direct] = await addContacts(store.repositories, connector.serviceUrl, 1, ['bromma']);
    const { teams, jobs } = createReachingJobs(store);
    await teams.record({ tenantId, teamId: TEAM_ID, name: 'Samordning', serviceUrl: connector.serviceUrl, botId: '28:bot' });

    const report = await jobs.run('status-request', tenantId, '2026-W50');
    expect(report.ran).toBe(true);
    if (!report.ran) return;
    expect(report.reach).toEqual({
      direct: [direct!.id],
      viaTeam: [D001],
      unreachable: [
        { id: ALEX, reason: 'not-in-team' },
        { id: D002, reason: 'not-in-team' },
      ],
    });
    expect(connector.memberPages).toBe(3);
    // The 1:1 chat was created with the tenant, for the member's Teams id…
    expect(connector.created).toHaveLength(1);
    expect(connector.created[0]).toMatchObject({ memberId: `29:${D001}`, tenantId });
    expect(connector.created[0]!.body).toMatchObject({ isGroup: false, channelData: { tenant: { id: tenantId } } });
    // …stored as their conversation reference…
    const stored = await store.repositories.conversations.read(tenantId, personalConversationId(D001));
    expect(stored?.doc.reference).toMatchObject({ conversation: { id: `a:team-chat-29:${D001}` }, user: { aadObjectId: D001 } });
    // …and the outbox sent the card there, as to the contact who had written to the bot.
    const viaTeam = connector.sends.filter((s) => s.conversationId === `a:team-chat-29:${D001}`);
    expect(viaTeam).toHaveLength(1);
    const card = viaTeam[0]!.activity.attachments as Array<{ content: { body: Array<{ text?: string }> } }>;
    expect(card[0]?.content.body[0]?.text).toMatch(/^Lägesrapport vecka 50 — Rinkeby-Kista/);
    expect(connector.sends.some((s) => s.conversationId === `a:chat-${direct!.id}`)).toBe(true);
    expect(report.unreachable.sort()).toEqual([ALEX, D002]);

    const names = new Map([[D002, 'Demokontakt Farsta'], [ALEX, 'Alex']]);
    const { text } = buildJobReportCard(report, names, 'sv');
    expect(text).toContain('Nådda direkt (egen chatt med Samverkan): 1');
    expect(text).toContain('Nådda via teamet (chatt öppnad av Samverkan): 1');
    expect(text).toContain('Demokontakt Farsta – finns inte i teamet där appen är installerad');
    expect(buildJobReportCard(report, names, 'en').text).toContain('Demokontakt Farsta: not a member of the team the app is installed in');

    // The next week, d001 is reached directly: the stored chat is used, none is created again.
    const next = await jobs.run('status-request', tenantId, '2026-W51');
    expect(next.ran && next.reach?.direct).toContain(D001);
    expect(connector.created).toHaveLength(1);
  });

  it('an admin who never wrote to the bot gets the admins’ notices through the team too', async () => {
    connector = await startFakeConnector({ teamMembers: { [TEAM_ID]: [member(ALEX, 'Alex Wilber')] } });
    const { teams, reach, proactive } = createReachingJobs(store);
    await teams.record({ tenantId, teamId: TEAM_ID, serviceUrl: connector.serviceUrl, botId: '28:bot' });
    expect(await store.repositories.conversations.read(tenantId, personalConversationId(ALEX))).toBeUndefined();
    const message = { card: { type: 'AdaptiveCard', version: '1.5', body: [] }, text: 'Ingen fick kortet för Bromma' };
    const notified = await notifyAdmins({ repositories: store.repositories, sender: proactive, owner: 'reach-test', reach }, tenantId, { topic: 'status-request', week: '2026-W50' }, () => message);
    expect(notified).toBe(1);
    expect(connector.sends.filter((s) => s.conversationId === `a:team-chat-29:${ALEX}`)).toHaveLength(1);
  });

  it('names the reason: no team installed, or a connector error', async () => {
    connector = await startFakeConnector({ teamMembers: { [TEAM_ID]: [member(D001, 'Demokontakt Rinkeby-Kista')] }, createStatusFor: () => 403 });
    const { teams, reach } = createReachingJobs(store);
    expect(await reach.reach(tenantId, [D001, D002])).toMatchObject({ unreachable: [{ id: D001, reason: 'no-team' }, { id: D002, reason: 'no-team' }] });
    await teams.record({ tenantId, teamId: TEAM_ID, serviceUrl: connector.serviceUrl });
    expect(await reach.reach(tenantId, [D001, D002])).toEqual({
      direct: [],
      viaTeam: [],
      unreachable: [{ id: D001, reason: 'connector-error' }, { id: D002, reason: 'not-in-team' }],
    });
    // The app removed from the team: nobody is reachable through it any more.
    await teams.record({ tenantId, teamId: TEAM_ID, serviceUrl: connector.serviceUrl, removed: true });
    expect((await reach.reach(tenantId, [D002])).unreachable).toEqual([{ id: D002, reason: 'no-team' }]);
  });
});

describe('the team is stored on install', () => {
  it('a conversationUpdate adding the bot to a team stores the team (tenant, id, service URL, name); removing the app marks it removed', async () => {
    const running = await startTestAppWithConnector();
    try {
      const { app, connector: replies } = running;
      const install = teamsActivity(replies.serviceUrl, {
        type: 'conversationUpdate',
        conversation: { id: TEAM_ID, conversationType: 'channel', tenantId },
        membersAdded: [{ id: '28:bot' }],
        channelData: { tenant: { id: tenantId }, team: { id: TEAM_ID, name: 'Samordning' }, eventType: 'teamMemberAdded' },
      });
      expect((await postActivity(app.url, install)).status).toBeLessThan(300);
      const team = await app.repositories.teams.read(tenantId, teamDocumentId(TEAM_ID));
      expect(team?.doc).toMatchObject({ tenantId, teamId: TEAM_ID, name: 'Samordning', serviceUrl: replies.serviceUrl, botId: '28:bot' });
      expect(team?.doc.removedAt).toBeUndefined();

      const removal = teamsActivity(replies.serviceUrl, {
        type: 'installationUpdate',
        action: 'remove',
        conversation: { id: TEAM_ID, conversationType: 'channel', tenantId },
        channelData: { tenant: { id: tenantId }, team: { id: TEAM_ID } },
      });
      expect((await postActivity(app.url, removal)).status).toBeLessThan(300);
      const removed = await app.repositories.teams.read(tenantId, teamDocumentId(TEAM_ID));
      expect(removed?.doc.removedAt).toBeDefined();
      expect(removed?.doc.name).toBe('Samordning');
    } finally {
      await running.stop();
    }
  });
});
