import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/main.ts';
import { addWeeks, weekKeyOf } from '../../src/domain/iso-week.ts';
import { PLAYGROUND_TENANT } from '../support/activities.ts';
import { launchChromium, type ChromiumSession } from '../support/browser.ts';
import { PlaygroundPage } from './playground-page.ts';

// Journey 2 in the real local client: Alex (the playground's user, contact of Rinkeby-Kista in
// the demo roster) opens the form, changes two levels, writes a comment, sends, sees the
// confirmation replace the form, and then asks for the district's status.
describe('journey 2: a district contact reports in the Agents Playground', () => {
  let dataDir: string | undefined;
  let app: RunningApp | undefined;
  let browser: ChromiumSession | undefined;
  let ui: PlaygroundPage;
  const week = weekKeyOf(new Date());

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'samverkan-e2e-'));
    app = await startApp({ PORT: '0', PLAYGROUND: '1', SCHEDULER: '0', PLAYGROUND_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    if (!app.playgroundUrl) throw new Error('startApp did not start the Agents Playground although PLAYGROUND=1');
    // Last week's report, so this week's form comes prefilled, as it would after a first week.
    const focusAreas = await app.repositories.focusAreas.list(PLAYGROUND_TENANT);
    const lastWeek = addWeeks(week, -1);
    await app.repositories.reports.create({
      tenantId: PLAYGROUND_TENANT,
      id: `rinkeby-kista:${lastWeek}`,
      type: 'status-report',
      districtId: 'rinkeby-kista',
      week: lastWeek,
      current: 1,
      revisions: [
        {
          revision: 1,
          basedOn: 0,
          late: false,
          submittedAt: new Date().toISOString(),
          submittedBy: { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' },
          entries: focusAreas.map((area) => ({ focusAreaId: area.id, level: 'green' as const, trend: 'same' as const, comment: '' })),
          priorityComment: '',
          overallComment: '',
        },
      ],
    });
    browser = await launchChromium();
    ui = new PlaygroundPage(browser.page, app.playgroundUrl);
    await ui.open();
    await ui.openPersonalChat();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('fills in and sends the form, sees the confirmation, then the status answer shows the comment', async () => {
    await ui.sendMessage('rapportera');
    await ui.waitForBotMessage(/Lägesrapport vecka \d+ — Rinkeby-Kista/);
    await ui.chooseCardOption(/^Läge för Kamerabevakning/, '🔴 Röd');
    await ui.chooseCardOption(/^Läge för Skjutvapenvåld/, '🟡 Gul');
    await ui.fillCardInput(/^Kommentar om Kamerabevakning/, 'Trasiga kameror vid Rinkeby torg');
    await ui.clickCardButton('Skicka');
    const confirmation = await ui.waitForBotMessage(/Inskickad av/);
    expect(await ui.readCardText(confirmation)).toMatch(/Trasiga kameror vid Rinkeby torg/);

    const stored = await app!.repositories.reports.read(PLAYGROUND_TENANT, `rinkeby-kista:${week}`);
    const entries = stored?.doc.revisions.at(-1)?.entries ?? [];
    expect(entries.find((e) => e.focusAreaId === 'kamerabevakning')).toMatchObject({ level: 'red', comment: 'Trasiga kameror vid Rinkeby torg' });
    expect(entries.find((e) => e.focusAreaId === 'skjutvapenvald')?.level).toBe('yellow');
    expect(entries.find((e) => e.focusAreaId === 'ordningsvakter')?.level).toBe('green');

    await ui.sendMessage('hur är läget i rinkeby-kista?');
    const answer = await ui.waitForBotMessage(/Läget i Rinkeby-Kista/);
    expect(await ui.readCardText(answer)).toMatch(/Trasiga kameror vid Rinkeby torg/);
  }, 90_000);
});
