import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProactiveSender } from '../../bot/edge/bot-proactive-sender.ts';
import { createAdapter } from '../../bot/edge/create-adapter.ts';
import { BotTeamDirectory } from '../../bot/edge/team-directory.ts';
import { taskRenderer } from '../../cards/renderers.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { ReachService } from '../../src/app/reach-service.ts';
import { TaskNotifier } from '../../src/app/task-notifier.ts';
import { TaskService } from '../../src/app/task-service.ts';
import { TeamService } from '../../src/app/team-service.ts';
import { personalConversationId } from '../../src/domain/conversation-id.ts';
import { reminderWeekOf } from '../../src/domain/task-deadlines.ts';
import { OutboxSender } from '../../src/scheduling/outbox-sender.ts';
import { DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

const tenantId = PLAYGROUND_TENANT;
const TEAM_ID = '19:coordination@thread.tacv2';
const D001 = '00000000-0000-0000-0000-00000000d001';
const D002 = '00000000-0000-0000-0000-00000000d002';
const alex = { aadObjectId: DEMO_USER_AAD, name: 'Alex Wilber' };
const textOf = (activity: Record<string, unknown>) => JSON.stringify(activity);

describe('task cards reach assignees like status cards; the creator hears of those they cannot reach', () => {
  let store: TestStore;
  let connector: FakeConnector;
  let notifier: TaskNotifier;
  let tasks: TaskService;

  beforeAll(async () => {
    store = await startTestStore();
    connector = await startFakeConnector({ teamMembers: { [TEAM_ID]: [{ id: `29:${D001}`, aadObjectId: D001, name: 'Demokontakt Rinkeby-Kista' }] } });
    // The creator (Alex, steering) has a chat with the bot; the two assignees have none.
    await store.repositories.conversations.upsert({
      tenantId,
      id: personalConversationId(alex.aadObjectId),
      type: 'conversation',
      scope: 'personal',
      aadObjectId: alex.aadObjectId,
      language: 'sv',
      updatedAt: new Date().toISOString(),
      reference: { channelId: 'msteams', serviceUrl: connector.serviceUrl, conversation: { id: 'a:chat-alex', conversationType: 'personal', tenantId }, user: { id: '29:alex' }, bot: { id: '28:bot' } },
    });
    const { adapter } = createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '' }, pino({ level: 'silent' }));
    const directory = new BotTeamDirectory(adapter, '');
    const teams = new TeamService({ repositories: store.repositories, directory });
    await teams.record({ tenantId, teamId: TEAM_ID, serviceUrl: connector.serviceUrl });
    const sender = new OutboxSender({ outbox: store.repositories.outbox, conversations: store.repositories.conversations, sender: new BotProactiveSender(adapter, ''), owner: 'test', retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 } });
    const reach = new ReachService({ repositories: store.repositories, teams, directory });
    notifier = new TaskNotifier({ repositories: store.repositories, sender, renderer: taskRenderer, reach, delivery: 'inline' });
    tasks = new TaskService({ repositories: store.repositories, audit: new AuditLog(store.repositories.audit), assignments: notifier });
  });
  afterAll(async () => {
    await connector?.stop();
    await store?.stop();
  });

  const fields = (assignee: { aadObjectId: string; name: string }, title: string) => ({
    title,
    focusAreaId: 'kamerabevakning',
    districtId: 'farsta',
    owner: { name: 'Trafikkontoret', kind: 'forvaltning' as const },
    assignee,
    due: { date: '2027-02-12', week: '2027-W06' as const, givenAs: 'week' as const },
  });

  it('an assignee in the team gets the assignment card through a chat the bot opens', async () => {
    await tasks.create(tenantId, alex, fields({ aadObjectId: D001, name: 'Demokontakt Rinkeby-Kista' }, 'Kartlägga otrygga platser'));
    const sends = connector.sends.filter((s) => s.conversationId === `a:team-chat-29:${D001}`);
    expect(sends).toHaveLength(1);
    expect(textOf(sends[0]!.activity)).toMatch(/Du har fått en uppgift: Kartlägga otrygga platser/);
    expect(connector.sends.filter((s) => s.conversationId === 'a:chat-alex')).toHaveLength(0);
  });

  it('an assignee who cannot be reached is reported to the task creator, once per card, with the reason', async () => {
    const task = await tasks.create(tenantId, alex, fields({ aadObjectId: D002, name: 'Demokontakt Farsta' }, 'Ordningsvakter vid centrum'));
    const toAlex = () => connector.sends.filter((s) => s.conversationId === 'a:chat-alex');
    expect(toAlex()).toHaveLength(1);
    expect(textOf(toAlex()[0]!.activity)).toMatch(new RegExp(`Tilldelningen av ${task.id} nådde inte Demokontakt Farsta`));
    expect(textOf(toAlex()[0]!.activity)).toMatch(/finns inte i teamet där appen är installerad/);
    // A second drain of the week tells nobody again.
    const item = (await store.repositories.outbox.list(tenantId)).find((i) => i.kind === 'task-assigned' && i.recipient === D002)!;
    await notifier.drain(tenantId, 'task-assigned', item.week as never);
    expect(toAlex()).toHaveLength(1);

    // The reminder before the due date does not reach them either: the creator hears of that too.
    expect(await notifier.queueReminder(task)).toBe(true);
    await notifier.drainWeeks(tenantId, 'task-reminder', reminderWeekOf(task.due.date));
    expect(toAlex()).toHaveLength(2);
    expect(textOf(toAlex()[1]!.activity)).toMatch(new RegExp(`Påminnelsen om ${task.id} nådde inte Demokontakt Farsta`));
  });
});
