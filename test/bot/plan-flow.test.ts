import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProactiveSender } from '../../bot/edge/bot-proactive-sender.ts';
import { createAdapter } from '../../bot/edge/create-adapter.ts';
import { createPlanDeps, planFeature, type PlanDeps } from '../../bot/features/plan.ts';
import type { CardReply } from '../../bot/turn.ts';
import type { Verb } from '../../cards/verbs.ts';
import { taskRenderer } from '../../cards/renderers.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { TaskNotifier } from '../../src/app/task-notifier.ts';
import { TaskReminderJob } from '../../src/app/task-reminder-job.ts';
import { OutboxSender } from '../../src/scheduling/outbox-sender.ts';
import { DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { executeData, findInput, textOf } from '../support/card-helpers.ts';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.ts';
import { addContacts } from '../support/jobs-harness.ts';
import { routeFeatures, type TestPerson } from '../support/router-harness.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';
import { parseProblems } from '../support/parse-card.ts';

// The official Adaptive Cards parser (UMD bundle): every card must parse without events.
const MEMBER = DEMO_USER_AAD; // admin + steering in the demo roster
const CONTACT = '00000000-0000-0000-0000-00000000d001'; // a district contact, not in the steering group
const T = PLAYGROUND_TENANT;

describe('the action plan and decision log through the card verbs (journey 4, embedded Cosmos)', () => {
  let store: TestStore;
  let connector: FakeConnector;
  let deps: PlanDeps;
  let notifier: TaskNotifier;
  let bot: ReturnType<typeof routeFeatures>;
  let assignee: string;
  let now = new Date('2026-11-18T10:00:00+01:00');
  const cards: CardReply[] = [];
  const turn = (aadObjectId: string, name: string, language: 'sv' | 'en' = 'sv'): TestPerson => ({ tenantId: T, language, userAadObjectId: aadObjectId, userName: name });
  const member = () => turn(MEMBER, 'Demoledamot');
  async function call(verb: Verb, data: Record<string, unknown>, as: TestPerson): Promise<CardReply> {
    const reply = await bot.act(verb, data, as);
    cards.push(reply);
    return reply;
  }
  const auditOf = async (action: string, outcome?: 'done' | 'refused') =>
    (await store.repositories.audit.list(T)).filter((entry) => entry.action === action && (!outcome || entry.outcome === outcome));
  const assignmentItems = async () => (await store.repositories.outbox.list(T)).filter((item) => item.kind === 'task-assigned');
  const form = (overrides: Record<string, unknown> = {}) => ({
    'task.title': 'Kartlägga otrygga platser kring tunnelbanan',
    'task.focusArea': 'kamerabevakning',
    'task.district': 'farsta',
    'task.ownerName': 'Trafikkontoret',
    'task.ownerKind': 'forvaltning',
    'task.assignee': assignee,
    'task.due': 'vecka 6',
    ...overrides,
  });

  beforeAll(async () => {
    store = await startTestStore();
    connector = await startFakeConnector();
    assignee = (await addContacts(store.repositories, connector.serviceUrl, 1, ['farsta']))[0]!.id;
    const { adapter } = createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '' }, pino({ level: 'silent' }));
    const sender = new OutboxSender({
      outbox: store.repositories.outbox,
      conversations: store.repositories.conversations,
      sender: new BotProactiveSender(adapter, ''),
      owner: 'test',
      retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
    });
    notifier = new TaskNotifier({ repositories: store.repositories, sender, renderer: taskRenderer, delivery: 'inline', now: () => now });
    deps = createPlanDeps({ repositories: store.repositories, audit: new AuditLog(store.repositories.audit, () => now), assignments: notifier, now: () => now });
    bot = routeFeatures([planFeature({ ...deps, reportRepositories: store.repositories })], store.repositories.roster);
  });
  afterAll(async () => {
    await connector?.stop();
    await store?.stop();
  });

  it('refuses a non-member, audits the refusal and stores nothing', async () => {
    const reply = await call('task.save', { basedOn: 0, ...form() }, turn(CONTACT, 'Demokontakt Rinkeby-Kista'));
    expect(textOf(reply.card)).toMatch(/Bara för styrgruppen/);
    expect(await store.repositories.tasks.list(T)).toHaveLength(0);
    const refused = await auditOf('task.create', 'refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.actor.aadObjectId).toBe(CONTACT);
  });

  it('shows errors next to the fields for invalid input and stores nothing', async () => {
    const reply = await call('task.save', { basedOn: 0, ...form({ 'task.title': ' ', 'task.due': 'snart', 'task.focusArea': 'forged', 'task.ownerName': 'x'.repeat(500) }) }, member());
    const text = textOf(reply.card);
    expect(text).toMatch(/Inget har sparats/);
    expect(text).toMatch(/Fyll i det här fältet/);
    expect(text).toMatch(/Skriv en vecka/);
    expect(text).toMatch(/Välj ett av alternativen/);
    expect(text).toMatch(/Högst 120 tecken/);
    expect(findInput(reply.card, 'task.due')?.value).toBe('snart');
    expect(await store.repositories.tasks.list(T)).toHaveLength(0);
    expect(await assignmentItems()).toHaveLength(0);
  });

  it('creates the journey-4 task, audits it, and sends the assignee exactly one card', async () => {
    const reply = await call('task.save', { basedOn: 0, ...form() }, member());
    expect(textOf(reply.card)).toMatch(/Uppgiften t-0001 är skapad/);
    expect(textOf(reply.card)).toMatch(/v\. 6 2027/);
    const stored = await store.repositories.tasks.read(T, 't-0001');
    expect(stored?.doc).toMatchObject({
      focusAreaId: 'kamerabevakning',
      districtId: 'farsta',
      owner: { name: 'Trafikkontoret', kind: 'forvaltning' },
      assignee: { aadObjectId: assignee, name: 'Kontakt 0' },
      due: { date: '2027-02-12', week: '2027-W06', givenAs: 'week' },
      status: 'not-started',
      revision: 1,
    });
    expect(await auditOf('task.create', 'done')).toHaveLength(1);
    const items = await assignmentItems();
    expect(items.map((i) => [i.id, i.status])).toEqual([[`task-assigned:t-0001:1:${assignee}`, 'sent']]);
    const sends = connector.sends.filter((s) => s.conversationId === `a:chat-${assignee}`);
    expect(sends).toHaveLength(1);
    expect(JSON.stringify(sends[0]?.activity)).toMatch(/Du har fått en uppgift: Kartlägga otrygga platser/);
    // A second drain (another instance, a rerun) sends nothing more.
    const again = await notifier.drain(T, 'task-assigned', items[0]!.week as never);
    expect(again.sent).toBe(0);
    expect(connector.sends.filter((s) => s.conversationId === `a:chat-${assignee}`)).toHaveLength(1);
  });

  it('refuses an edit from a stale form and shows the current task; a status change in between is no conflict', async () => {
    const first = await call('task.edit', { taskId: 't-0001' }, member());
    const basedOn = executeData(first.card)!.data.basedOn;
    expect(basedOn).toBe(1);
    // The assignee starts the work: not a form edit, so it does not make the open forms stale.
    const started = await call('task.status', { taskId: 't-0001', basedOn: 1, 'task.newStatus': 'in-progress' }, turn(assignee, 'Kontakt 0'));
    expect(textOf(started.card)).toMatch(/Sparat/);
    const saved = await call('task.save', { taskId: 't-0001', basedOn, ...form({ 'task.title': 'Kartlägga otrygga platser kring tunnelbanan i Farsta' }) }, member());
    expect(textOf(saved.card)).toMatch(/Sparat/);
    const stale = await call('task.save', { taskId: 't-0001', basedOn, ...form({ 'task.title': 'Någon annans titel' }) }, turn('00000000-0000-0000-0000-00000000d003', 'Demoledamot styrgruppen'));
    expect(textOf(stale.card)).toMatch(/ändrades av Demoledamot medan du redigerade/);
    const stored = (await store.repositories.tasks.read(T, 't-0001'))!.doc;
    expect(stored).toMatchObject({ title: 'Kartlägga otrygga platser kring tunnelbanan i Farsta', status: 'in-progress', revision: 3 });
    expect(stored.history.map((h) => h.action)).toEqual(['created', 'status', 'edited']);
  });

  it('re-applies concurrent comments after a lost ETag race, so none is lost', async () => {
    const results = await Promise.all([
      deps.tasks.comment(T, { aadObjectId: MEMBER, name: 'Demoledamot' }, 't-0001', 'Trygghetsvandring bokad'),
      deps.tasks.comment(T, { aadObjectId: assignee, name: 'Kontakt 0' }, 't-0001', 'Underlag från SL begärt'),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['saved', 'saved']);
    const stored = (await store.repositories.tasks.read(T, 't-0001'))!.doc;
    expect(stored.comments.map((c) => c.text).sort()).toEqual(['Trygghetsvandring bokad', 'Underlag från SL begärt']);
    expect(stored.revision).toBe(5);
    expect(await auditOf('task.comment')).toHaveLength(2);
  });

  it('a stale replace with an old ETag is refused by the store', async () => {
    const stored = (await store.repositories.tasks.read(T, 't-0001'))!;
    await store.repositories.tasks.replace({ ...stored.doc, title: 'A' }, stored.etag);
    await expect(store.repositories.tasks.replace({ ...stored.doc, title: 'B' }, stored.etag)).rejects.toMatchObject({ code: 'concurrent-change' });
    await store.repositories.tasks.replace({ ...stored.doc, revision: stored.doc.revision }, (await store.repositories.tasks.read(T, 't-0001'))!.etag);
  });

  it('refuses a comment from someone who is neither member nor assignee, and audits it', async () => {
    const reply = await call('task.comment', { taskId: 't-0001', basedOn: 5, 'task.commentText': 'hej' }, turn(CONTACT, 'Demokontakt Rinkeby-Kista'));
    expect(textOf(reply.card)).toMatch(/Bara för styrgruppen/);
    expect(await auditOf('task.comment', 'refused')).toHaveLength(1);
  });

  it('reminds the assignee a week before the due date, once', async () => {
    now = new Date('2027-02-05T07:30:00+01:00');
    const job = new TaskReminderJob({ repositories: store.repositories, notifier, owner: 'test', now: () => now });
    const first = await job.run(T, '2027-W05');
    expect(first).toMatchObject({ ran: true, queued: 1, reminders: { sent: 1 } });
    const again = await job.run(T, '2027-W05', { rerun: true });
    expect(again).toMatchObject({ ran: true, queued: 0, reminders: { sent: 0 } });
    now = new Date('2027-02-08T07:30:00+01:00');
    expect(await job.run(T, '2027-W06')).toMatchObject({ ran: true, queued: 0 });
    const reminders = connector.sends.filter((s) => s.conversationId === `a:chat-${assignee}` && JSON.stringify(s.activity).includes('Påminnelse'));
    expect(reminders).toHaveLength(1);
    expect(JSON.stringify(reminders[0]?.activity)).toMatch(/ska vara klar v\. 6/);
  });

  it('answers "mina uppgifter", overdue, due-in-week and who-owns from the stored tasks', async () => {
    now = new Date('2027-02-15T10:00:00+01:00');
    const resolve = (answer: Parameters<typeof bot.intent>[0], as: TestPerson) => bot.intent(answer, as);
    const mine = await resolve({ kind: 'tasks', language: 'sv', filter: 'mine' }, turn(assignee, 'Kontakt 0'));
    expect(textOf(mine?.[0])).toMatch(/t-0001/);
    const overdue = await resolve({ kind: 'tasks', language: 'sv', filter: 'overdue', districtId: 'farsta' }, member());
    expect(textOf(overdue?.[0])).toMatch(/Försenade uppgifter i Farsta.*t-0001/);
    const elsewhere = await resolve({ kind: 'tasks', language: 'sv', filter: 'overdue', districtId: 'rinkeby-kista' }, member());
    expect(textOf(elsewhere?.[0])).toMatch(/Inga uppgifter/);
    const due = await resolve({ kind: 'tasks', language: 'sv', filter: 'due', week: '2027-W06' }, member());
    expect(textOf(due?.[0])).toMatch(/Ska vara klart vecka 6.*t-0001/);
    const owners = await resolve({ kind: 'tasks', language: 'en', filter: 'owner', focusAreaId: 'kamerabevakning' }, turn(MEMBER, 'Demoledamot', 'en'));
    expect(textOf(owners?.[0])).toMatch(/Owners:\*\* Trafikkontoret \(administration\)/);
    expect(await resolve({ kind: 'help', language: 'sv' }, member())).toBeUndefined();
  });

  it('records a decision that needs anchoring, lists it first with a button, and anchors it', async () => {
    const refused = await call('decision.save', { 'decision.date': '2027-02-15', 'decision.text': 'x', 'decision.anchoring': 'förankrad' }, turn(CONTACT, 'Demokontakt'));
    expect(textOf(refused.card)).toMatch(/Bara för styrgruppen/);
    const invalid = await call('decision.save', { 'decision.date': '15/2', 'decision.text': '', 'decision.anchoring': 'kanske' }, member());
    expect(textOf(invalid.card)).toMatch(/Skriv datumet som/);
    expect(await store.repositories.decisions.list(T)).toHaveLength(0);
    await call('decision.save', { 'decision.date': '2027-01-10', 'decision.text': 'Äldre beslut (demodata)', 'decision.anchoring': 'förankrad' }, member());
    const saved = await call('decision.save', {
      'decision.date': '2027-02-15',
      'decision.text': 'Utöka kamerabevakningen vid Farsta centrum (demodata)',
      'decision.boards': 'Trafiknämnden\nFarsta stadsdelsnämnd, Trafiknämnden',
      'decision.anchoring': 'behöver-förankras',
    }, member());
    expect(textOf(saved.card)).toMatch(/Beslut b-0002 är sparat/);
    const pendingFirst = textOf(saved.card);
    expect(pendingFirst.indexOf('b-0002')).toBeLessThan(pendingFirst.indexOf('b-0001'));
    expect(pendingFirst).toMatch(/Markera förankrad/);
    expect((await store.repositories.decisions.read(T, 'b-0002'))?.doc.boards).toEqual(['Trafiknämnden', 'Farsta stadsdelsnämnd']);
    const pending = async () => (await store.repositories.decisions.list(T)).filter((d) => d.anchoring === 'behöver-förankras').map((d) => d.id);
    expect(await pending()).toEqual(['b-0002']);

    const anchored = await call('decision.anchor', { decisionId: 'b-0002' }, member());
    expect(textOf(anchored.card)).toMatch(/b-0002 är markerat förankrat/);
    expect(textOf(anchored.card)).not.toMatch(/Markera förankrad/);
    const twice = await call('decision.anchor', { decisionId: 'b-0002' }, member());
    expect(textOf(twice.card)).toMatch(/var redan förankrat/);
    expect(await pending()).toEqual([]);
    expect(await auditOf('decision.anchor', 'done')).toHaveLength(1);
  });

  it('every card built in this flow parses with the official parser without events', () => {
    expect(cards.length).toBeGreaterThan(10);
    for (const reply of cards) expect(parseProblems(reply.card)).toEqual([]);
    const proactive = connector.sends.map((s) => (s.activity.attachments as Array<{ content: unknown }>)[0]?.content);
    for (const card of proactive) expect(parseProblems(card)).toEqual([]);
  });
});
