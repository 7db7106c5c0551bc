import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportLinks } from '../../bot/edge/report-links.ts';
import { createPlanDeps, planFeature } from '../../bot/features/plan.ts';
import { AuditLog } from '../../src/app/audit-log.ts';
import { newTask } from '../../src/domain/task-change.ts';
import { dueOfWeek } from '../../src/domain/task-due.ts';
import { DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { routeFeatures, type TestPerson } from '../support/router-harness.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

describe('plan chat commands', () => {
  let store: TestStore;
  let bot: ReturnType<typeof routeFeatures>;
  const now = new Date('2026-11-25T10:00:00+01:00');
  const member: TestPerson = { tenantId: PLAYGROUND_TENANT, language: 'sv', userAadObjectId: DEMO_USER_AAD, userName: 'Demoledamot' };
  const contact: TestPerson = { ...member, userAadObjectId: '00000000-0000-0000-0000-00000000d001', userName: 'Demokontakt' };
  const say = (text: string, person: TestPerson) => bot.say(text, person);

  beforeAll(async () => {
    store = await startTestStore();
    const deps = createPlanDeps({ repositories: store.repositories, audit: new AuditLog(store.repositories.audit), now: () => now });
    const links = createReportLinks({ secret: 'plan-commands-test-secret-0123456789', publicUrl: 'https://samverkan.example.se' });
    bot = routeFeatures([planFeature({ ...deps, reportRepositories: store.repositories, reportFiles: { link: links.reportLink, minutes: 15 } })], store.repositories.roster);
    const by = { aadObjectId: DEMO_USER_AAD, name: 'Demoledamot' };
    await store.repositories.tasks.create(newTask({ tenantId: PLAYGROUND_TENANT, number: 42, fields: { title: 'Kartlägga otrygga platser (demodata)', focusAreaId: 'kamerabevakning', districtId: 'farsta', owner: { name: 'Trafikkontoret', kind: 'forvaltning' }, due: dueOfWeek('2026-W45') }, by, at: now }));
  });
  afterAll(async () => {
    await store?.stop();
  });

  it('matches only its own phrasings', () => {
    const match = (text: string) => bot.commandFor(text);
    expect(match('ny uppgift')).toBe('new-task');
    expect(match('New task')).toBe('new-task');
    expect(match('uppgift t-0042')).toBe('show-task');
    expect(match('task 42')).toBe('show-task');
    expect(match('nytt beslut')).toBe('new-decision');
    expect(match('beslut')).toBe('decisions');
    expect(match('återrapport v40-v47')).toBe('political-report');
    expect(match('report W40-W47 farsta')).toBe('political-report');
    expect(match('report')).toBeUndefined();
    expect(match('mina uppgifter')).toBeUndefined();
    expect(match('beslut som behöver förankras')).toBeUndefined();
  });

  it('"ny uppgift" gives members the form and others the refusal', async () => {
    expect(JSON.stringify(await say('ny uppgift', member))).toMatch(/Ny uppgift i handlingsplanen/);
    expect(JSON.stringify(await say('new task', { ...contact, language: 'en' }))).toMatch(/For the steering group only/);
  });

  it('"uppgift t-0042" shows the task with its buttons (English for "task 42")', async () => {
    const [reply] = await say('uppgift t-0042', member);
    const text = JSON.stringify(reply);
    expect(text).toMatch(/t-0042 · Kartlägga otrygga platser/);
    expect(text).toMatch(/Försenad/);
    expect(text).toMatch(/"verb":"task.edit"/);
    expect(text).toMatch(/"verb":"task.status"/);
    expect(JSON.stringify(await say('task 42', contact))).not.toMatch(/"verb":"task.edit"/);
    expect(JSON.stringify(await say('uppgift 7', member))).toMatch(/Det finns ingen uppgift t-0007/);
  });

  it('"återrapport v40-v47" replies with one short card and signed links to the files', async () => {
    const sent = await say('återrapport v40-v47 Farsta', member);
    expect(sent).toHaveLength(1);
    const text = JSON.stringify(sent[0]);
    expect(text).toMatch(/Återrapport vecka 40–47 2026/);
    expect(text).toMatch(/Farsta, 2026-09-28–2026-11-22/);
    expect(text).toMatch(/försenade: 1/);
    expect(text).not.toMatch(/```|npm run/);
    expect(text).toMatch(/https:\/\/samverkan\.example\.se\/files\/aterrapport\?tenant=[^"]*&from=2026-W40&to=2026-W47&format=docx&district=farsta&lang=sv&exp=\d+&sig=/);
    expect(JSON.stringify(await say('report W40-W47', { ...contact, language: 'en' }))).toMatch(/For the steering group only/);
    expect(JSON.stringify(await say('återrapport v40-v47 Atlantis', member))).toMatch(/Skriv perioden som/);
  });
});
