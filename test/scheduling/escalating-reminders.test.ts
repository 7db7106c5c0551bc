import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAYGROUND_TENANT, DEMO_USER_AAD } from '../support/activities.ts';
import { cardOfSend, findInput, textOf } from '../support/card-helpers.ts';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.ts';
import { addContacts, createJobsInstance } from '../support/jobs-harness.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';
import { statusScheduledJobs } from '../../src/app/status-jobs.ts';
import { buildJobReportCard } from '../../cards/job-report-card.ts';
import { personalConversationId } from '../../src/domain/conversation-id.ts';
import { absenceId } from '../../src/domain/absence.ts';
import { districtPauseId } from '../../src/domain/paused-weeks.ts';
import { defaultSchedule } from '../../src/domain/schedule.ts';
import type { Repositories } from '../../src/storage/create-repositories.ts';

const WEEK = '2027-W10'; // Monday 8 March 2027; far from today, so each job judges absences on its own slot's day
const report = (districtId: string, week: string, by: string) => ({
  tenantId: PLAYGROUND_TENANT,
  districtId,
  week: week as `${number}-W${string}`,
  by: { aadObjectId: by, name: by },
  content: { entries: [{ focusAreaId: 'kamerabevakning', level: 'red' as const, trend: 'worse' as const, comment: 'förra veckan' }], priorityComment: '', overallComment: '' },
  basedOn: 0,
  at: new Date('2027-03-01T09:00:00Z'),
});

/** A person with a chat the fake connector answers for (like addContacts' contacts). */
async function addPerson(repositories: Repositories, serviceUrl: string, id: string, entry: { name: string; roles: Array<'contact' | 'admin' | 'steering'>; districtIds: string[]; deputyDistrictIds?: string[] }) {
  await repositories.roster.upsert({ tenantId: PLAYGROUND_TENANT, id, type: 'roster-entry', demo: true, ...entry });
  await repositories.conversations.upsert({
    tenantId: PLAYGROUND_TENANT,
    id: personalConversationId(id),
    type: 'conversation',
    scope: 'personal',
    aadObjectId: id,
    language: 'sv',
    updatedAt: new Date().toISOString(),
    reference: { channelId: 'msteams', serviceUrl, conversation: { id: `a:chat-${id}`, conversationType: 'personal', tenantId: PLAYGROUND_TENANT }, user: { id: `29:${id}`, aadObjectId: id }, bot: { id: '28:bot', name: 'Samverkan' } },
  });
}

describe('reminders that escalate', () => {
  let store: TestStore;
  let connector: FakeConnector;
  beforeEach(async () => {
    store = await startTestStore();
    connector = await startFakeConnector();
    // contact-00000 kungsholmen (reports), -01 ostermalm (away, has a deputy), -02 norrmalm (paused), -03 bromma (missing).
    await addContacts(store.repositories, connector.serviceUrl, 4, ['kungsholmen', 'ostermalm', 'norrmalm', 'bromma']);
    await addPerson(store.repositories, connector.serviceUrl, 'deputy-ostermalm', { name: 'Ersättare Östermalm', roles: [], districtIds: [], deputyDistrictIds: ['ostermalm'] });
    await store.repositories.absences.upsert({ tenantId: PLAYGROUND_TENANT, id: absenceId('contact-00001'), type: 'absence', personId: 'contact-00001', periods: [{ from: '2027-03-01', to: '2027-03-31' }], updatedAt: new Date().toISOString() });
    await store.repositories.districtPauses.upsert({
      tenantId: PLAYGROUND_TENANT, id: districtPauseId('norrmalm', WEEK), type: 'district-pause', districtId: 'norrmalm', week: WEEK, reason: 'lokalen stängd', by: { aadObjectId: 'contact-00002', name: 'Kontakt 2' }, at: new Date().toISOString(),
    });
  });
  afterEach(async () => {
    await connector.stop();
    await store.stop();
  });

  const recipients = (from: number) => connector.sends.slice(from).map((s) => s.conversationId);

  it('the Wednesday reminder and the Thursday last call skip those who reported, are away or are paused, and carry last week’s answers', async () => {
    const instance = createJobsInstance(store.repositories, 'instance-r');
    await instance.status.submit(report('kungsholmen', WEEK, 'contact-00000'));
    await instance.status.submit(report('bromma', '2027-W09', 'contact-00003'));

    const reminder = await instance.jobs.run('status-reminder', PLAYGROUND_TENANT, WEEK);
    expect(reminder.ran).toBe(true);
    const reminded = recipients(0);
    expect(reminded).toEqual(expect.arrayContaining(['a:chat-contact-00003', 'a:chat-deputy-ostermalm']));
    for (const never of ['a:chat-contact-00000', 'a:chat-contact-00001', 'a:chat-contact-00002']) expect(reminded).not.toContain(never);

    // The card is the form with last week's values: one press of Skicka sends them.
    const toBromma = cardOfSend(connector.sends.find((s) => s.conversationId === 'a:chat-contact-00003')!)!;
    expect(textOf(toBromma)).toContain('Påminnelse');
    expect(textOf(toBromma)).toContain('Förra veckans svar är ifyllda');
    expect(findInput(toBromma, 'level.kamerabevakning')?.value).toBe('red');
    expect(findInput(toBromma, 'comment.kamerabevakning')?.value).toBe('förra veckan');

    // Bromma reports on Wednesday afternoon: Thursday's last call leaves it out, and is its own job.
    await instance.status.submit(report('bromma', WEEK, 'contact-00003'));
    const before = connector.sends.length;
    const lastCall = await instance.jobs.run('status-last-call', PLAYGROUND_TENANT, WEEK);
    expect(lastCall.ran && lastCall.queued).toBeGreaterThan(0);
    const called = recipients(before);
    expect(called).toContain('a:chat-deputy-ostermalm');
    for (const never of ['a:chat-contact-00000', 'a:chat-contact-00001', 'a:chat-contact-00002', 'a:chat-contact-00003']) expect(called).not.toContain(never);
    const toDeputy = cardOfSend(connector.sends.slice(before).find((s) => s.conversationId === 'a:chat-deputy-ostermalm')!)!;
    expect(textOf(toDeputy)).toContain('Sista påminnelsen');
    expect(textOf(toDeputy)).toContain('som ersättare för Kontakt 1');

    // Idempotent per job, week and person: a rerun queues nothing new and sends nobody a second card.
    const sendsAfter = connector.sends.length;
    const again = await instance.jobs.run('status-last-call', PLAYGROUND_TENANT, WEEK, { rerun: true });
    expect(again.ran && again.queued).toBe(0);
    expect(connector.sends.length).toBe(sendsAfter);
  });

  it('names the districts nobody got the card for (every contact away, no deputy), for the admins', async () => {
    const instance = createJobsInstance(store.repositories, 'instance-u');
    await store.repositories.absences.upsert({ tenantId: PLAYGROUND_TENANT, id: absenceId('contact-00003'), type: 'absence', personId: 'contact-00003', periods: [{ from: '2027-03-01', to: '2027-03-31' }], updatedAt: new Date().toISOString() });
    const request = await instance.jobs.run('status-request', PLAYGROUND_TENANT, WEEK);
    // Östermalm's contact is away too, but its deputy got the card; paused Norrmalm is not missing anyone.
    expect(request.ran && request.uncovered).toEqual([{ districtId: 'bromma', name: 'Bromma' }]);
    expect(recipients(0)).toEqual(expect.arrayContaining(['a:chat-contact-00000', 'a:chat-deputy-ostermalm']));
    expect(recipients(0)).not.toContain('a:chat-contact-00003');
    for (const language of ['sv', 'en'] as const) {
      const { text } = buildJobReportCard(request, new Map(), language);
      expect(text).toContain(language === 'sv' ? 'Ingen fick kortet för Bromma' : 'Nobody got the card for Bromma');
    }
  });

  it('after the deadline the admins get the missing districts with their contacts, once', async () => {
    const instance = createJobsInstance(store.repositories, 'instance-m');
    await instance.status.submit(report('kungsholmen', WEEK, 'contact-00000'));
    // The demo admin has a chat with the bot.
    await addPerson(store.repositories, connector.serviceUrl, DEMO_USER_AAD, { name: 'Demoadmin', roles: ['admin', 'steering', 'contact'], districtIds: ['rinkeby-kista'] });

    const view = await instance.jobs.missingList(PLAYGROUND_TENANT, WEEK);
    const names = view.missing.map((d) => d.districtId);
    expect(names).toEqual(expect.arrayContaining(['ostermalm', 'bromma', 'farsta', 'rinkeby-kista']));
    expect(names).not.toContain('kungsholmen');
    expect(names).not.toContain('norrmalm');
    expect(view.paused).toEqual([{ districtId: 'norrmalm', name: 'Norrmalm', reason: 'lokalen stängd' }]);

    const result = await instance.jobs.sendMissingList(PLAYGROUND_TENANT, WEEK);
    expect(result.notified).toBe(1);
    const toAdmin = connector.sends.filter((s) => s.conversationId === `a:chat-${DEMO_USER_AAD}`);
    expect(toAdmin).toHaveLength(1);
    const text = textOf(cardOfSend(toAdmin[0]!));
    expect(text).toContain('Saknade rapporter vecka 10');
    expect(text).toContain('**Östermalm**: Kontakt 1 (frånvarande), Ersättare Östermalm (ersättare)');
    expect(text).toContain('**Bromma**: Kontakt 3');
    expect(text).toContain('**Farsta**: Demokontakt Farsta, Demoersättare Farsta (ersättare)');
    expect(text).toContain('Ej aktuellt: Norrmalm (lokalen stängd)');
    expect(text).not.toContain('Kungsholmen');
    // A second instance or a rerun tells nobody twice.
    await instance.jobs.sendMissingList(PLAYGROUND_TENANT, WEEK);
    expect(connector.sends.filter((s) => s.conversationId === `a:chat-${DEMO_USER_AAD}`)).toHaveLength(1);
  });

  it('schedules the last call and the missing list in their slots, editable like the others', () => {
    const entries = statusScheduledJobs(createJobsInstance(store.repositories, 'instance-s').jobs);
    const schedule = { ...defaultSchedule(PLAYGROUND_TENANT), lastCall: { weekday: 4, time: '08:15' } };
    expect(entries.map((e) => [e.name, e.slot(schedule)])).toEqual([
      ['status-request', { weekday: 1, time: '09:00' }],
      ['status-reminder', { weekday: 3, time: '09:00' }],
      ['status-last-call', { weekday: 4, time: '08:15' }],
      ['status-missing', { weekday: 4, time: '17:00' }],
    ]);
  });
});
