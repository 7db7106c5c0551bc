import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_LEVEL_WORDS } from '../../cards/texts/report.ts';
import { launchChromium, type ChromiumSession } from '../support/browser.ts';
import { currentRevision } from '../../src/domain/status-report.ts';
import type { RunningApp } from '../../src/main.ts';
import { addWeeks, startOfWeek } from '../../src/domain/iso-week.ts';
import { axeViolations, currentWeek, demoDecision, demoReport, demoTask, ensureTabBuilt, startLocalApp, tabFrame, TENANT, variedEntries } from './tab-support.ts';

/**
 * The tab end to end: the real teams-js code in Chromium, inside the local dev host
 * (/dev/tab-host) that answers initialize, getContext and getAuthToken, against the real server
 * and store.
 */
describe('the Läget tab in the dev host', () => {
  let app: RunningApp;
  let stop: () => Promise<void>;
  let browser: ChromiumSession;
  const week = currentWeek();
  const reported = ['rinkeby-kista', 'bromma', 'sodermalm', 'skarholmen'];

  beforeAll(async () => {
    await ensureTabBuilt();
    ({ app, stop } = await startLocalApp());
    const areas = (await app.repositories.focusAreas.list(TENANT)).sort((a, b) => a.order - b.order).map((area) => area.id);
    for (const [i, districtId] of reported.entries()) {
      await app.repositories.reports.create(demoReport(districtId, week, variedEntries(areas, i), i === 0 ? 'Demo: övergripande kommentar.' : ''));
    }
    const lastWeek = addWeeks(week, -1);
    const nextWeek = addWeeks(week, 1);
    await app.repositories.tasks.create(demoTask(1, { title: 'Demo: försenad uppgift', owner: 'Demoförvaltning A', status: 'in-progress', dueDate: startOfWeek(lastWeek).toISODate()!, dueWeek: lastWeek, districtId: 'farsta', focusAreaId: areas[0]! }));
    await app.repositories.tasks.create(demoTask(2, { title: 'Demo: snart klar', owner: 'Demoförvaltning B', status: 'not-started', dueDate: startOfWeek(nextWeek).plus({ days: 2 }).toISODate()!, dueWeek: nextWeek, focusAreaId: areas[1]! }));
    await app.repositories.decisions.create(demoDecision(1, 'Demo: beslut som behöver förankras', 'behöver-förankras'));
    await app.repositories.decisions.create(demoDecision(2, 'Demo: förankrat beslut', 'förankrad'));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  it('signs in through teams-js and shows the week matrix exactly as the store has it', async () => {
    const { page } = browser;
    await page.goto(app.tabHostUrl!);
    const frame = await tabFrame(page);
    await frame.waitForSelector('[data-testid="matrix"] tbody tr');
    const calls = await page.evaluate(() => (window as unknown as { devHost: { calls: string[] } }).devHost.calls);
    expect(calls).toEqual(expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']));

    const shown = await frame.$$eval('[data-testid="matrix"] tbody tr', (rows) =>
      rows.map((row) => ({
        districtId: row.getAttribute('data-district'),
        cells: Array.from(row.querySelectorAll('td')).map((td) => ({ area: td.getAttribute('data-area'), level: td.getAttribute('data-level'), trend: td.getAttribute('data-trend') })),
      })),
    );
    const districts = await app.repositories.districts.list(TENANT);
    expect(shown.map((row) => row.districtId).sort()).toEqual(districts.map((d) => d.id).sort());
    const reports = await app.repositories.reports.inWeeks(TENANT, [week]);
    expect(reports).toHaveLength(reported.length);
    for (const row of shown) {
      const report = reports.find((r) => r.districtId === row.districtId);
      const entries = report ? currentRevision(report).entries : [];
      for (const cell of row.cells) {
        const entry = entries.find((e) => e.focusAreaId === cell.area);
        expect({ district: row.districtId, area: cell.area, level: cell.level, trend: cell.trend }).toEqual({
          district: row.districtId,
          area: cell.area,
          level: entry?.level ?? 'missing',
          trend: entry?.trend ?? '',
        });
      }
    }
  });

  it('shows a cell comment on click, in a dialog that Escape closes', async () => {
    const frame = await tabFrame(browser.page);
    const report = (await app.repositories.reports.read(TENANT, `bromma:${week}`))!.doc;
    const entry = currentRevision(report).entries[2]!;
    await frame.click(`tr[data-district="bromma"] td[data-area="${entry.focusAreaId}"] button`);
    await expect.poll(() => frame.textContent('[data-testid="cell-comment"]')).toBe(entry.comment);
    await browser.page.keyboard.press('Escape');
    await frame.waitForSelector('[data-testid="cell-comment"]', { state: 'detached' });
  });

  it('opens a district history from the matrix (12 weeks, levels as stored)', async () => {
    const frame = await tabFrame(browser.page);
    await frame.click('tr[data-district="sodermalm"] th button.link-button');
    await frame.waitForSelector('[data-testid="district-history"]');
    expect(await frame.textContent('[data-testid="history-title"]')).toContain('Södermalm');
    const report = (await app.repositories.reports.read(TENANT, `sodermalm:${week}`))!.doc;
    const cells = await frame.$$eval(`[data-testid="district-history"] td[data-week="${week}"]`, (tds) => tds.map((td) => td.getAttribute('data-level')));
    expect(cells).toEqual(currentRevision(report).entries.map((e) => e.level));
    expect(await frame.$$eval('[data-testid="district-history"] thead th', (ths) => ths.length)).toBe(13);
    expect(await frame.$('canvas[role="img"]')).not.toBeNull();
  });

  it('lists missing reports with the contacts’ names', async () => {
    const frame = await tabFrame(browser.page);
    await frame.click('[role="tab"]:has-text("Saknade rapporter")');
    await frame.waitForSelector('[data-testid="missing"]');
    const farsta = await frame.textContent('[data-testid="missing"] li[data-district="farsta"]');
    expect(farsta).toContain('Demokontakt Farsta');
    expect(await frame.$('[data-testid="missing"] li[data-district="bromma"]')).toBeNull();
  });

  it('shows the action plan: overdue, due soon, by owner and status, and decisions awaiting anchoring', async () => {
    const frame = await tabFrame(browser.page);
    await frame.click('[role="tab"]:has-text("Handlingsplan")');
    await frame.waitForSelector('[data-testid="overdue"]');
    expect(await frame.$$eval('[data-testid="overdue"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-task')))).toEqual(['t-0001']);
    expect(await frame.$$eval('[data-testid="due-soon"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-task')))).toEqual(['t-0002']);
    expect(await frame.textContent('.plan')).toContain('Demoförvaltning A');
    const decisions = await frame.textContent('[data-testid="decisions"]');
    expect(decisions).toContain('Demo: beslut som behöver förankras');
    expect(decisions).not.toContain('Demo: förankrat beslut');
    expect(await axeViolations(frame)).toEqual([]);
  });

  it('shows one focus area across the districts with a chart and its table', async () => {
    const frame = await tabFrame(browser.page);
    await frame.click('[role="tab"]:has-text("Samverkansområde")');
    await frame.waitForSelector('[data-testid="focus-history"]');
    expect(await frame.$$eval('[data-testid="focus-history"] tbody tr', (rows) => rows.length)).toBe((await app.repositories.districts.list(TENANT)).length);
    expect(await frame.$('canvas[role="img"]')).not.toBeNull();
  });

  it('downloads the återrapport for the chosen week as Excel and Word, and both match the store', async () => {
    const frame = await tabFrame(browser.page);
    await frame.click('[role="tab"]:has-text("Återrapport")');
    await frame.fill('input[name="from"]', week);
    await frame.fill('input[name="to"]', week);
    const download = async (format: 'xlsx' | 'docx') => {
      const [file] = await Promise.all([browser.page.waitForEvent('download'), frame.click(`button[data-format="${format}"]`)]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`^aterrapport-.*\\.${format}$`));
      return readFile(await file.path());
    };
    const [districts, areas, reports] = await Promise.all([
      app.repositories.districts.list(TENANT),
      app.repositories.focusAreas.list(TENANT),
      app.repositories.reports.inWeeks(TENANT, [week]),
    ]);

    // The workbook's "Läget" sheet: one row per district and focus area, the week's level word.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx')) as unknown as ExcelJS.Buffer);
    const seen = new Map<string, unknown>();
    workbook.getWorksheet('Läget')!.eachRow((row, number) => {
      if (number > 1) seen.set(`${row.getCell(1).text}|${row.getCell(2).text}`, row.getCell(3).text);
    });
    expect(reports).toHaveLength(reported.length);
    for (const report of reports) {
      const district = districts.find((d) => d.id === report.districtId)!;
      for (const entry of currentRevision(report).entries) {
        const area = areas.find((a) => a.id === entry.focusAreaId)!;
        expect(seen.get(`${district.name}|${area.name.sv}`), `${district.name} / ${area.name.sv}`).toBe(REPORT_LEVEL_WORDS[entry.level].sv);
      }
    }

    // The Word document names every district that reported.
    const zip = await JSZip.loadAsync(await download('docx'));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    for (const report of reports) expect(text).toContain(districts.find((d) => d.id === report.districtId)!.name);
  });

  it('follows the host theme (default → dark → contrast) and has no serious accessibility violations in any', async () => {
    const { page } = browser;
    await page.goto(app.tabHostUrl!);
    const frame = await tabFrame(page);
    await frame.waitForSelector('[data-testid="matrix"] tbody tr');
    const background = () => frame.evaluate(() => getComputedStyle(document.querySelector('.app')!).backgroundColor);
    const light = await background();
    expect(await axeViolations(frame)).toEqual([]);
    for (const theme of ['dark', 'contrast'] as const) {
      await page.evaluate((next) => (window as unknown as { devHost: { setTheme(t: string): void } }).devHost.setTheme(next), theme);
      await expect.poll(() => frame.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      expect(await background()).not.toBe(light);
      expect(await axeViolations(frame)).toEqual([]);
    }
  });

  it('is usable at 360 px: nothing wider than the screen but the scrolling table, which keyboard reaches', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await page.goto(app.tabHostUrl!);
      const frame = await tabFrame(page);
      await frame.waitForSelector('[data-testid="matrix"] tbody tr');
      const widths = await frame.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      // District names never break inside a word.
      const broken = await frame.$$eval('[data-testid="matrix"] tbody th .link-button', (buttons) => buttons.filter((b) => b.getClientRects().length > 1 && !/\s|-/.test(b.textContent ?? '')).length);
      expect(broken).toBe(0);
      // Keyboard: Tab reaches the matrix, arrows move within it.
      await frame.focus('[data-testid="matrix"] tbody tr:first-child td:first-of-type button');
      await page.keyboard.press('ArrowRight');
      const focused = await frame.evaluate(() => document.activeElement?.closest('td')?.getAttribute('data-area'));
      const areas = await frame.$$eval('[data-testid="matrix"] tbody tr:first-child td', (tds) => tds.map((td) => td.getAttribute('data-area')));
      expect(focused).toBe(areas[1]);
      expect(await axeViolations(frame)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it('in a channel: the configuration page allows Save and saves the tab itself', async () => {
    const { page } = browser;
    await page.goto(`${app.tabHostUrl!}?view=config`);
    const frame = (await (await page.waitForSelector('#tab')).contentFrame())!;
    await frame.waitForSelector('h1');
    type Host = { devHost: { messages: Array<{ func: string; args: unknown[] }>; save(): void } };
    await expect.poll(() => page.evaluate(() => (window as unknown as Host).devHost.messages.some((m) => m.func === 'settings.setValidityState' && m.args[0] === true))).toBe(true);
    await page.evaluate(() => (window as unknown as Host).devHost.save());
    await expect.poll(() => page.evaluate(() => (window as unknown as Host).devHost.messages.map((m) => m.func))).toContain('settings.save.success');
    const saved = await page.evaluate(() => (window as unknown as Host).devHost.messages.find((m) => m.func === 'settings.setSettings')?.args[0]);
    expect(saved).toMatchObject({ entityId: 'laget', contentUrl: `${app.url}/tab/`, suggestedDisplayName: 'Läget' });
    expect(await frame.textContent('h1')).toContain('Lägg till Läget');
  });

  it('speaks English when the Teams locale is English', async () => {
    const { page } = browser;
    await page.goto(`${app.tabHostUrl!}?locale=en-US`);
    const frame = await tabFrame(page);
    await frame.waitForSelector('[data-testid="matrix"] tbody tr');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frame.textContent('[role="tablist"]')).toContain('Action plan');
  });
}, 240_000);
