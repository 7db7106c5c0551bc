import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import type { PlaygroundPage } from './playground-page.ts';
import { startPlaygroundSession, type PlaygroundSession } from './playground-session.ts';
import { addWeeks, weekKeyOf } from '../../src/domain/iso-week.ts';
import { PLAYGROUND_TENANT } from '../support/activities.ts';

// Journey 2 in the real local client: Alex (the playground's user, contact of Rinkeby-Kista in
// the demo roster) opens the form, changes two levels, writes a comment, sends, sees the
// confirmation replace the form, and then asks for the district's status.
describe('journey 2: a district contact reports in the Agents Playground', () => {
  let session: PlaygroundSession | undefined;
  let app: RunningApp | undefined;
  let ui: PlaygroundPage;
  const week = weekKeyOf(new Date());

  beforeAll(async () => {
    // Last week's report, so this week's form comes prefilled, as it would after a first week.
    session = await startPlaygroundSession(async (started) => {
      const focusAreas = await started.repositories.focusAreas.list(PLAYGROUND_TENANT);
      const lastWeek = addWeeks(week, -1);
      await started.repositories.reports.create({
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
    });
    ({ app, ui } = session);
    await ui.openPersonalChat();
  }, 90_000);

  afterAll(async () => {
    await session?.stop();
  }, 30_000);

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
