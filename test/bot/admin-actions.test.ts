import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { adminFeature, createAdminDeps, type AdminDeps } from '../../bot/features/admin.ts';
import { statusFeature } from '../../bot/features/status.ts';
import { KnowledgeService } from '../../src/app/knowledge-service.ts';
import { ROSTER_INPUTS as I } from '../../cards/roster-card.ts';
import { scheduleInput } from '../../cards/schedule-card.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { exportAuditCsv } from '../../src/app/export-audit-csv.ts';
import { RosterAdmin } from '../../src/app/roster-admin.ts';
import { StatusService } from '../../src/app/status-service.ts';
import { auditPeriodOf } from '../../src/domain/audit-period.ts';
import type { AuditEntry } from '../../src/domain/audit.ts';
import { isAppError } from '../../src/domain/errors.ts';
import { ZONE } from '../../src/domain/iso-week.ts';
import type { RosterEntry } from '../../src/domain/model.ts';
import type { Repository } from '../../src/domain/repository.ts';
import { openCosmos } from '../../src/storage/open-cosmos.ts';
import { readAuditPeriod } from '../../src/storage/read-audit-period.ts';
import { DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { routeFeatures, type TestPerson } from '../support/router-harness.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';
import { personalConversationId } from '../../src/domain/conversation-id.ts';

const tenantId = PLAYGROUND_TENANT;
// From data/demo-roster.json: the playground user is the only admin; d001 is a plain contact.
const admin: TestPerson = { tenantId, language: 'sv', userAadObjectId: DEMO_USER_AAD, userName: 'Demoanvändare' };
const contact: TestPerson = { tenantId, language: 'sv', userAadObjectId: '00000000-0000-0000-0000-00000000d001', userName: 'Demokontakt' };
const NEW_PERSON = '8f0c2a4e-1b2c-4d5e-8f90-1234567890ab';
const WRITER = '1e5b7c3d-0000-4000-8000-00000000beef';

describe('admin card verbs over the embedded Cosmos store', () => {
  let store: TestStore;
  let deps: AdminDeps;
  let bot: ReturnType<typeof routeFeatures>;
  let onScheduleChanged: Mock<(tenantId: string) => Promise<void>>;

  // Only the features these tests use; the others are wired in bot/create-bot.ts.
  const buildBot = (adminDeps: AdminDeps) =>
    routeFeatures(
      [
        statusFeature({ status: new StatusService(store.repositories, new AuditLog(store.repositories.audit)), knowledge: new KnowledgeService(store.repositories), repositories: store.repositories }),
        adminFeature(adminDeps),
      ],
      store.repositories.roster,
    );
  const act = (verb: string, data: Record<string, unknown>, person: TestPerson, target = bot) => target.act(verb, data, person);
  const auditEntries = async () => (await store.repositories.audit.list(tenantId)).sort((a, b) => a.at.localeCompare(b.at));

  beforeEach(async () => {
    store = await startTestStore();
    onScheduleChanged = vi.fn(async (_tenantId: string) => undefined);
    deps = createAdminDeps({ repositories: store.repositories, audit: new AuditLog(store.repositories.audit), onScheduleChanged });
    bot = buildBot(deps);
  });
  afterEach(async () => {
    await store?.stop();
  });

  it('answers "hantera roller" / "manage roles" / "roster" and "schema" / "schedule" for admins only', async () => {
    for (const text of ['hantera roller', 'Manage roles!', 'roster', 'schema', 'Schedule', 'visa schema']) expect(bot.commandFor(text), text).toBeDefined();
    for (const text of ['vad säger schemat om skolor?', 'roster for farsta', 'hantera']) expect(bot.commandFor(text), text).toBeUndefined();
    const run = async (text: string, person: TestPerson) => JSON.stringify((await bot.say(text, person))[0]);
    const roster = await run('hantera roller', admin);
    expect(roster).toContain('Roller och kontaktpersoner');
    expect(roster).toMatch(/"title":"Rinkeby-Kista","value":"[^"]*Demokontakt Rinkeby-Kista\*/);
    expect(await run('schedule', { ...admin, language: 'en' })).toContain('Reporting schedule');
    expect(await run('roster', contact)).toContain('Bara för administratörer');
    expect((await auditEntries()).at(-1)).toMatchObject({ action: 'roster.view', outcome: 'refused', actor: { aadObjectId: contact.userAadObjectId } });
  });

  it('an admin adds a district contact typed in by id and name: roster updated, card replaced with the list, audited', async () => {
    const reply = await act('roster.change', { op: 'add', [I.role]: 'contact', [I.personId]: NEW_PERSON, [I.personName]: 'Åsa Öberg', [I.district]: 'farsta' }, admin);
    expect(reply.text).toContain('Åsa Öberg är nu kontaktperson för Farsta.');
    expect(JSON.stringify(reply.card)).toMatch(/"title":"Farsta","value":"[^"]*Åsa Öberg/);
    const stored = await store.repositories.roster.read(tenantId, NEW_PERSON);
    expect(stored?.doc).toMatchObject({ name: 'Åsa Öberg', roles: ['contact'], districtIds: ['farsta'], demo: false });
    const [entry] = (await auditEntries()).filter((e) => e.action.startsWith('roster.'));
    expect(entry).toMatchObject({
      actor: { aadObjectId: DEMO_USER_AAD },
      action: 'roster.add-contact',
      target: { kind: 'roster-entry', id: NEW_PERSON },
      outcome: 'done',
      after: { roles: ['contact'], districtIds: ['farsta'] },
    });
    expect(entry?.before).toBeUndefined();
  });

  it('an admin makes someone a district’s deputy in the same card, and takes it back; both audited', async () => {
    const reply = await act('roster.change', { op: 'add', [I.role]: 'deputy', [I.personId]: NEW_PERSON, [I.personName]: 'Åsa Öberg', [I.district]: 'bromma' }, admin);
    expect(reply.text).toContain('Åsa Öberg är nu ersättare för Bromma.');
    expect(JSON.stringify(reply.card)).toMatch(/"title":"Bromma","value":"[^"]*\(ersättare: [^"]*Åsa Öberg/);
    expect((await store.repositories.roster.read(tenantId, NEW_PERSON))?.doc.deputyDistrictIds).toEqual(['bromma']);
    const removed = await act('roster.change', { op: 'remove', [I.role]: 'deputy', [I.person]: NEW_PERSON, [I.district]: 'bromma' }, admin);
    // Standing in was all she had on the roster.
    expect(removed.text).toContain('Åsa Öberg har inga roller kvar');
    expect(await store.repositories.roster.read(tenantId, NEW_PERSON)).toBeUndefined();
    expect((await auditEntries()).filter((e) => e.action.endsWith('-deputy')).map((e) => [e.action, e.outcome])).toEqual([
      ['roster.add-deputy', 'done'],
      ['roster.remove-deputy', 'done'],
    ]);
  });

  it('offers people who wrote to the bot, and adds one picked from that list', async () => {
    await store.repositories.conversations.upsert({
      tenantId,
      id: personalConversationId(WRITER),
      type: 'conversation',
      scope: 'personal',
      aadObjectId: WRITER,
      language: 'sv',
      updatedAt: new Date().toISOString(),
      reference: { user: { id: `29:${WRITER}`, aadObjectId: WRITER, name: 'Kim Skribent' }, conversation: { id: 'a:kim' } },
    });
    const overview = await deps.roster.overview(tenantId, { aadObjectId: DEMO_USER_AAD, name: 'x' });
    expect(overview.knownPeople).toContainEqual({ aadObjectId: WRITER, name: 'Kim Skribent' });
    const reply = await act('roster.change', { op: 'add', [I.role]: 'steering', [I.person]: WRITER }, admin);
    expect(reply.text).toContain('Kim Skribent är nu ledamot i styrgruppen.');
    expect((await store.repositories.roster.read(tenantId, WRITER))?.doc.roles).toEqual(['steering']);
    // … and removing the only role takes them off the roster.
    const removed = await act('roster.change', { op: 'remove', [I.role]: 'steering', [I.person]: WRITER }, admin);
    expect(removed.text).toContain('Kim Skribent har inga roller kvar');
    expect(await store.repositories.roster.read(tenantId, WRITER)).toBeUndefined();
  });

  it('refuses a non-admin, stores nothing and audits the refusal', async () => {
    const before = await store.repositories.roster.list(tenantId);
    const reply = await act('roster.change', { op: 'add', [I.role]: 'admin', [I.person]: contact.userAadObjectId }, contact);
    expect(reply.text).toContain('Bara för administratörer');
    const scheduleReply = await act('schedule.save', { [scheduleInput.pausedWeeks]: '1-52' }, contact);
    expect(scheduleReply.text).toContain('Bara för administratörer');
    expect(await store.repositories.roster.list(tenantId)).toEqual(before);
    expect(await store.repositories.schedules.read(tenantId, 'schedule')).toBeUndefined();
    const refusals = (await auditEntries()).filter((e) => e.outcome === 'refused');
    expect(refusals).toEqual([
      expect.objectContaining({ actor: { aadObjectId: contact.userAadObjectId, name: 'Demokontakt' }, action: 'roster.add', reason: 'not an admin' }),
      expect.objectContaining({ actor: expect.objectContaining({ aadObjectId: contact.userAadObjectId }), action: 'schedule.update', reason: 'not an admin' }),
    ]);
  });

  it('sends invalid input back with messages next to the fields and stores nothing', async () => {
    const rosterBefore = await store.repositories.roster.list(tenantId);
    const auditBefore = await auditEntries();
    const reply = await act('roster.change', { op: 'add', [I.role]: 'contact', [I.personId]: 'alice@example.com', [I.personName]: 'Alice', [I.district]: 'atlantis' }, admin);
    const json = JSON.stringify(reply.card);
    expect(json).toContain('Rätta det som är markerat');
    expect(json).toContain('Ett Entra-objekt-id ser ut så här');
    expect(json).toContain('Välj ett av stadsdelsområdena i listan.');
    expect(json).toContain('"value":"alice@example.com"'); // what was typed is kept
    const schedule = await act('schedule.save', { [scheduleInput.weekday('request')]: '1', [scheduleInput.time('request')]: '9', [scheduleInput.pausedWeeks]: '28-99' }, admin);
    expect(JSON.stringify(schedule.card)).toContain('Vecka 99 finns inte');
    // A forged payload (unknown op) never reaches the handler.
    expect((await act('roster.change', { op: 'promote', [I.role]: 'admin', [I.person]: DEMO_USER_AAD }, admin)).text).toContain('Kortet kunde inte läsas');
    expect(await store.repositories.roster.list(tenantId)).toEqual(rosterBefore);
    expect(await store.repositories.schedules.read(tenantId, 'schedule')).toBeUndefined();
    expect(await auditEntries()).toEqual(auditBefore);
    expect(onScheduleChanged).not.toHaveBeenCalled();
  });

  it('refuses to remove the last admin and says why', async () => {
    const reply = await act('roster.change', { op: 'remove', [I.role]: 'admin', [I.person]: DEMO_USER_AAD }, admin);
    expect(reply.text).toContain('är den enda administratören och kan inte tas bort');
    expect((await store.repositories.roster.read(tenantId, DEMO_USER_AAD))?.doc.roles).toContain('admin');
    expect((await auditEntries()).at(-1)).toMatchObject({ action: 'roster.remove-admin', outcome: 'refused', reason: 'last-admin' });
    // With a second admin it is allowed.
    await act('roster.change', { op: 'add', [I.role]: 'admin', [I.person]: '00000000-0000-0000-0000-00000000d003' }, admin);
    const allowed = await act('roster.change', { op: 'remove', [I.role]: 'admin', [I.person]: DEMO_USER_AAD }, admin);
    expect(allowed.text).toContain('är inte längre administratör');
  });

  it('applies two concurrent edits of the same person made from the same (stale) ETag: both land', async () => {
    const target = '00000000-0000-0000-0000-00000000d002'; // contact of farsta
    const gated = gateReads(store.repositories.roster, target, 2);
    const gatedDeps: AdminDeps = { ...deps, roster: new RosterAdmin({ ...store.repositories, roster: gated.repository, audit: new AuditLog(store.repositories.audit) }) };
    const table = buildBot(gatedDeps);
    const [a, b] = await Promise.all([
      act('roster.change', { op: 'add', [I.role]: 'contact', [I.person]: target, [I.district]: 'bromma' }, admin, table),
      act('roster.change', { op: 'add', [I.role]: 'steering', [I.person]: target }, admin, table),
    ]);
    expect(a.text).toContain('är nu kontaktperson för Bromma');
    expect(b.text).toContain('är nu ledamot i styrgruppen');
    expect(gated.staleWrites()).toBeGreaterThanOrEqual(1);
    const stored = (await store.repositories.roster.read(tenantId, target))?.doc;
    expect(stored).toMatchObject({ roles: ['steering', 'contact'], districtIds: ['bromma', 'farsta'] });
    const writes = (await auditEntries()).filter((e) => e.target.id === target && e.outcome === 'done');
    expect(writes.map((e) => e.action).sort()).toEqual(['roster.add-contact', 'roster.add-steering']);
  });

  it('stores a schedule change (created, then replaced with the ETag), re-arms the scheduler and shows the next runs', async () => {
    const form = {
      [scheduleInput.weekday('request')]: '2',
      [scheduleInput.time('request')]: '08:30',
      [scheduleInput.weekday('reminder')]: '3',
      [scheduleInput.time('reminder')]: '09:00',
      [scheduleInput.weekday('deadline')]: '4',
      [scheduleInput.time('deadline')]: '17:00',
      [scheduleInput.weekday('summary')]: '5',
      [scheduleInput.time('summary')]: '14:00',
      [scheduleInput.pausedWeeks]: '28-32',
    };
    const reply = await act('schedule.save', form, admin);
    expect(reply.text).toContain('Schemat är sparat');
    expect(reply.text).toMatch(/Statusförfrågan skickas: tisdag 08:30 — nästa: tis \d+ \S+ 08:30/);
    expect(reply.text).toContain('Pausade veckor: 28-32');
    expect(onScheduleChanged).toHaveBeenCalledWith(tenantId);
    const first = await store.repositories.schedules.read(tenantId, 'schedule');
    expect(first?.doc).toMatchObject({ request: { weekday: 2, time: '08:30' }, pausedWeeks: [28, 29, 30, 31, 32] });

    await act('schedule.save', { ...form, [scheduleInput.pausedWeeks]: '28,29,30' }, admin);
    expect((await store.repositories.schedules.read(tenantId, 'schedule'))?.doc.pausedWeeks).toEqual([28, 29, 30]);
    expect(onScheduleChanged).toHaveBeenCalledTimes(2);
    const same = await act('schedule.save', { ...form, [scheduleInput.pausedWeeks]: '28-30' }, admin);
    expect(same.text).toContain('Inget ändrades');
    expect(onScheduleChanged).toHaveBeenCalledTimes(2);

    const updates = (await auditEntries()).filter((e) => e.action === 'schedule.update');
    expect(updates).toHaveLength(2);
    expect(updates[0]?.before).toBeUndefined();
    expect(updates[1]).toMatchObject({ before: { pausedWeeks: [28, 29, 30, 31, 32] }, after: { pausedWeeks: [28, 29, 30] }, outcome: 'done' });
  });

  it('tells the admin when the schedule was stored but the scheduler could not be re-armed', async () => {
    const failing = createAdminDeps({ repositories: store.repositories, audit: new AuditLog(store.repositories.audit), onScheduleChanged: () => Promise.reject(new Error('boom')) });
    const reply = await act('schedule.save', { ...Object.fromEntries(['request', 'reminder', 'deadline', 'summary'].flatMap((slot, i) => [[scheduleInput.weekday(slot as 'request'), String(i + 1)], [scheduleInput.time(slot as 'request'), '10:00']])) }, admin, buildBot(failing));
    expect(reply.text).toContain('schemaläggaren kunde inte laddas om');
    expect((await store.repositories.schedules.read(tenantId, 'schedule'))?.doc.request).toEqual({ weekday: 1, time: '10:00' });
  });

  it('exports the produced audit entries of the period as CSV, oldest first', async () => {
    await act('roster.change', { op: 'add', [I.role]: 'contact', [I.personId]: NEW_PERSON, [I.personName]: 'Åsa "Åsan" Öberg, jr', [I.district]: 'farsta' }, admin);
    await act('roster.change', { op: 'add', [I.role]: 'admin', [I.person]: DEMO_USER_AAD }, contact);
    // Outside the period: not exported.
    const old: AuditEntry = { tenantId, id: 'old', type: 'audit', at: '2020-01-01T12:00:00.000Z', actor: { aadObjectId: 'x', name: 'x' }, action: 'old', target: { kind: 'k', id: 'i' }, outcome: 'done' };
    await store.repositories.audit.create(old);
    await store.repositories.audit.create({ ...old, id: 'other-tenant', tenantId: 'someone-else', at: new Date().toISOString() });

    const today = DateTime.now().setZone(ZONE);
    const connection = await openCosmos({ endpoint: store.endpoint, key: store.key, databaseId: 'samverkan-test' });
    try {
      const period = auditPeriodOf(today.minus({ days: 1 }).toISODate()!, today.plus({ days: 1 }).toISODate()!);
      const entries = await readAuditPeriod(connection.containers.audit, tenantId, period);
      expect(entries.map((e) => [e.action, e.outcome])).toEqual([
        ['roster.add-contact', 'done'],
        ['roster.add', 'refused'],
      ]);
      const lines = exportAuditCsv(entries).split('\r\n');
      expect(lines[0]).toBe('at,actor_id,actor_name,action,target_kind,target_id,outcome,reason,before,after');
      expect(lines[1]).toContain(`,${DEMO_USER_AAD},Demoanvändare,roster.add-contact,roster-entry,${NEW_PERSON},done,,,"{""tenantId""`);
      expect(lines[1]).toContain('""name"":""Åsa \\""Åsan\\"" Öberg, jr""');
      expect(lines[2]).toContain(',roster.add,roster,');
      expect(lines[2]).toContain(',refused,not an admin,,');
      expect(lines).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
    } finally {
      connection.dispose();
    }
  });
});

/**
 * Wraps the roster repository so the first `parties` reads of one person wait for each other:
 * every writer then holds the same ETag and all but one write are stale (412) and must re-apply.
 */
function gateReads(repository: Repository<RosterEntry>, id: string, parties: number) {
  const waiting: Array<() => void> = [];
  let released = false;
  let stale = 0;
  const wrapped: Repository<RosterEntry> = {
    async read(tenant, readId) {
      const result = await repository.read(tenant, readId);
      if (readId === id && !released) {
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (waiting.length >= parties) {
            released = true;
            for (const release of waiting) release();
          }
        });
      }
      return result;
    },
    create: (doc) => repository.create(doc),
    async replace(doc, etag) {
      try {
        return await repository.replace(doc, etag);
      } catch (error) {
        if (isAppError(error, 'concurrent-change')) stale += 1;
        throw error;
      }
    },
    upsert: (doc) => repository.upsert(doc),
    delete: (tenant, deleteId, etag) => repository.delete(tenant, deleteId, etag),
    list: (tenant) => repository.list(tenant),
  };
  return { repository: wrapped, staleWrites: () => stale };
}
