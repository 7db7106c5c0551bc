import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    bot = routeFeatures([planFeature({ ...deps, reportRepositories: store.repositories })], store.repositories.roster);
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

  it('"återrapport v40-v47" replies with a card, the Markdown and the CSV as code blocks', async () => {
    const sent = await say('återrapport v40-v47 Farsta', member);
    expect(sent).toHaveLength(3);
    expect(JSON.stringify(sent[0])).toMatch(/Återrapport v\. 40–47/);
    expect(sent[1]?.text).toMatch(/^```markdown\n# Återrapportering till de politiska organen, vecka 40–47 2026/);
    expect(sent[1]?.text).toMatch(/### Farsta/);
    expect(sent[1]?.text).toMatch(/## Försenade uppgifter[\s\S]*t-0042/);
    expect(sent[2]?.text).toMatch(/^```csv\nStadsdelsområde,Samverkansområde,2026-W40/);
    expect(JSON.stringify(await say('report W40-W47', { ...contact, language: 'en' }))).toMatch(/For the steering group only/);
    expect(JSON.stringify(await say('återrapport v40-v47 Atlantis', member))).toMatch(/Skriv perioden som/);
  });
});
