import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportLinks, type ReportLinkInput } from '../../bot/edge/report-links.ts';
import { REPORT_LEVEL_WORDS } from '../../cards/texts/report.ts';
import { newDecision } from '../../src/domain/decision.ts';
import { weeksBetween } from '../../src/domain/political-report.ts';
import { currentRevision, type Level } from '../../src/domain/status-report.ts';
import { DEMO_USER_AAD, PLAYGROUND_TENANT, postActivity, teamsActivity } from '../support/activities.ts';
import { cardOfSend } from '../support/card-helpers.ts';
import type { FakeConnector } from '../support/fake-connector.ts';
import { parseCsv } from '../support/parse-csv.ts';
import { makeReport } from '../support/summary-fixtures.ts';
import { startTestAppWithConnector, type TestApp } from '../support/test-app.ts';

const SECRET = 'test-secret-for-report-links-0123456789abcdef';
const CONTACT = '00000000-0000-0000-0000-00000000d002';
const WEEKS = weeksBetween('2026-W40', '2026-W47');
const HOSTILE = '=HYPERLINK("http://evil.example","klicka")';

describe('"återrapport v40-v47": a short card with signed links to Word, Excel and CSV', () => {
  let app: TestApp & { connector: FakeConnector };
  let counter = 0;
  const links = () => createReportLinks({ secret: SECRET, publicUrl: app.app.url });

  async function ask(text: string, aadObjectId = DEMO_USER_AAD, locale = 'sv-SE'): Promise<Record<string, unknown>> {
    const conversation = `a:report-${(counter += 1)}`;
    const response = await postActivity(app.app.url, teamsActivity(app.connector.serviceUrl, { text, aadObjectId, locale, conversation: { id: conversation, conversationType: 'personal' } }));
    expect(response.status).toBeLessThan(300);
    const send = await app.connector.waitFor((s) => s.conversationId === conversation);
    expect(app.connector.sends.filter((s) => s.conversationId === conversation)).toHaveLength(1);
    return cardOfSend(send) ?? {};
  }
  const urlsOf = (card: Record<string, unknown>) => Object.fromEntries(((card.actions ?? []) as Array<{ type: string; title: string; url: string }>).map((a) => [a.title, a.url]));

  beforeAll(async () => {
    app = await startTestAppWithConnector({ REPORT_LINK_SECRET: SECRET });
    const { repositories } = app.app;
    const areas = (await repositories.focusAreas.list(PLAYGROUND_TENANT)).sort((a, b) => a.order - b.order);
    const levels = (level: Level) => Object.fromEntries(areas.map((a) => [a.id, level]));
    await repositories.reports.create(makeReport(PLAYGROUND_TENANT, 'farsta', '2026-W40', { ...levels('green'), [areas[0]!.id]: 'yellow' }));
    await repositories.reports.create(makeReport(PLAYGROUND_TENANT, 'farsta', '2026-W47', { ...levels('yellow'), [areas[1]!.id]: 'red' }));
    await repositories.reports.create(makeReport(PLAYGROUND_TENANT, 'rinkeby-kista', '2026-W47', { ...levels('red'), [areas[2]!.id]: 'not-applicable' }));
    await repositories.reports.create(makeReport(PLAYGROUND_TENANT, 'rinkeby-kista', '2026-W43', levels('green')));
    const by = { aadObjectId: DEMO_USER_AAD, name: 'Demoledamot' };
    await repositories.decisions.create(newDecision({ tenantId: PLAYGROUND_TENANT, number: 1, fields: { date: '2026-10-05', text: HOSTILE, boards: ['@Trafiknämnden'], anchoring: 'behöver-förankras' }, by, at: new Date() }));
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** What the store says: the level word per district name, focus-area name and week. */
  async function expectedLevels(): Promise<Map<string, string>> {
    const { repositories } = app.app;
    const [districts, areas, reports] = await Promise.all([repositories.districts.list(PLAYGROUND_TENANT), repositories.focusAreas.list(PLAYGROUND_TENANT), repositories.reports.inWeeks(PLAYGROUND_TENANT, WEEKS)]);
    const expected = new Map<string, string>();
    for (const district of districts)
      for (const area of areas)
        for (const week of WEEKS) {
          const report = reports.find((r) => r.districtId === district.id && r.week === week);
          const level = report ? currentRevision(report).entries.find((e) => e.focusAreaId === area.id)?.level : undefined;
          expected.set(`${district.name}|${area.name.sv}|${week}`, level ? REPORT_LEVEL_WORDS[level].sv : '–');
        }
    return expected;
  }

  it('answers a short card: period, headline figures and three links, no code blocks, no npm command', async () => {
    const card = await ask('återrapport v40-v47');
    const text = JSON.stringify(card);
    expect(text).toMatch(/Återrapport vecka 40–47 2026/);
    const districts = await app.app.repositories.districts.list(PLAYGROUND_TENANT);
    expect(text).toContain(`Lägesrapporter inkomna: 4 av ${districts.length * 8}`);
    expect(text).not.toMatch(/```|npm run/);
    expect(text.length).toBeLessThan(6_000);
    const urls = urlsOf(card);
    expect(Object.keys(urls)).toEqual(['Word-dokument', 'Excel-arbetsbok', 'CSV-fil']);
    for (const url of Object.values(urls)) expect(url.startsWith(`${app.app.url}/files/aterrapport?`)).toBe(true);
  });

  it('serves an Excel workbook whose levels and figures match the store, formula-safe', async () => {
    const response = await fetch(urlsOf(await ask('återrapport v40-v47'))['Excel-arbetsbok']!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="aterrapport-2026-W40-W47.xlsx"');
    const bytes = Buffer.from(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sammanfattning', 'Läget', 'Klara uppgifter', 'Försenade uppgifter', 'Beslut']);

    const sheet = workbook.getWorksheet('Läget')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Stadsdelsområde', 'Samverkansområde', ...WEEKS]);
    const expected = await expectedLevels();
    const seen = new Map<string, string>();
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const [district, area, ...cells] = (row.values as string[]).slice(1);
      cells.forEach((cell, index) => seen.set(`${district}|${area}|${WEEKS[index]}`, cell));
    });
    expect(seen).toEqual(expected);
    expect([...seen.values()].filter((v) => v === 'röd')).toHaveLength([...expected.values()].filter((v) => v === 'röd').length);

    const summary = workbook.getWorksheet('Sammanfattning')!.getColumn(1).values.join('\n');
    expect(summary).toContain(`Lägesrapporter inkomna: 4 av ${(await app.app.repositories.districts.list(PLAYGROUND_TENANT)).length * 8}`);

    // The hostile decision text is a string cell with the text format, never a formula.
    const decisions = workbook.getWorksheet('Beslut')!;
    const hostile = decisions.getCell(2, 3);
    expect(hostile.value).toBe(HOSTILE);
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.numFmt).toBe('@');
    expect(decisions.getCell(2, 4).value).toBe('@Trafiknämnden');
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(5);
    for (const name of sheets) expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);
  });

  it('serves a Word document whose text has the figures and levels of the store', async () => {
    const response = await fetch(urlsOf(await ask('återrapport v40-v47'))['Word-dokument']!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="aterrapport-2026-W40-W47.docx"');
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    // Paragraphs and table cells as lines of text.
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect(text).toContain('Återrapportering till de politiska organen, vecka 40–47 2026');
    expect(text).toContain(`Lägesrapporter inkomna: 4 av ${(await app.app.repositories.districts.list(PLAYGROUND_TENANT)).length * 8}`);
    expect(text).toContain('Läget v. 47: ');
    expect(text).toContain(HOSTILE);
    // Farsta's table: each focus area's row has the store's level per week.
    const expected = await expectedLevels();
    const farsta = text.slice(text.indexOf('\nFarsta\n'));
    const areas = (await app.app.repositories.focusAreas.list(PLAYGROUND_TENANT)).sort((a, b) => a.order - b.order);
    for (const area of areas) {
      const row = WEEKS.map((week) => expected.get(`Farsta|${area.name.sv}|${week}`)).join('\n');
      expect(farsta).toContain(`${area.name.sv}\n${row}\n`);
    }
  });

  it('serves CSV with the levels, formula-safe, with a byte order mark for Excel', async () => {
    const response = await fetch(urlsOf(await ask('återrapport v40-v47'))['CSV-fil']!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const body = await response.text();
    const rows = parseCsv(body.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['Stadsdelsområde', 'Samverkansområde', ...WEEKS]);
    const expected = await expectedLevels();
    for (const [district, area, ...cells] of rows.slice(1)) cells.forEach((cell, index) => expect(cell).toBe(expected.get(`${district}|${area}|${WEEKS[index]}`)));
    expect(rows).toHaveLength(1 + expected.size / WEEKS.length);
  });

  it('writes the files in English for an English-speaking user', async () => {
    const url = urlsOf(await ask('report W40-W47', DEMO_USER_AAD, 'en-US'))['Excel workbook'];
    expect(url).toBeDefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(url!)).arrayBuffer()) as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Status', 'Tasks done', 'Late tasks', 'Decisions']);
  });

  it('refuses a changed link (403), an expired one (410) and an incomplete one (400), saying what to do', async () => {
    const url = new URL(urlsOf(await ask('återrapport v40-v47'))['Excel-arbetsbok']!);
    const changed = (name: string, value: string) => {
      const copy = new URL(url);
      copy.searchParams.set(name, value);
      return copy;
    };
    const sig = url.searchParams.get('sig')!;
    for (const tampered of [
      changed('sig', `${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`),
      changed('exp', String(Number(url.searchParams.get('exp')) + 3600)),
      changed('to', '2026-W48'),
      changed('user', CONTACT),
      changed('format', 'csv'),
    ]) {
      const response = await fetch(tampered);
      expect(response.status, tampered.search).toBe(403);
      expect(await response.text()).toMatch(/inte giltig: den har ändrats.*återrapport v40-v47/);
    }
    const signedWith = createReportLinks({ secret: 'another-secret-another-secret-another-secret', publicUrl: app.app.url });
    expect((await fetch(signedWith.reportLink({ tenantId: PLAYGROUND_TENANT, userId: DEMO_USER_AAD, from: '2026-W40', to: '2026-W47', format: 'xlsx' }))).status).toBe(403);

    const old = createReportLinks({ secret: SECRET, publicUrl: app.app.url, now: () => new Date(Date.now() - 16 * 60_000) });
    const expired = await fetch(old.reportLink({ tenantId: PLAYGROUND_TENANT, userId: DEMO_USER_AAD, from: '2026-W40', to: '2026-W47', format: 'docx' }));
    expect(expired.status).toBe(410);
    expect(await expired.text()).toMatch(/har gått ut \(den gäller i 15 minuter\)/);
    const fresh = await fetch(links().reportLink({ tenantId: PLAYGROUND_TENANT, userId: DEMO_USER_AAD, from: '2026-W40', to: '2026-W47', format: 'docx' }));
    expect(fresh.status).toBe(200);

    const incomplete = changed('sig', '');
    incomplete.searchParams.delete('sig');
    const response = await fetch(incomplete);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/ofullständig/);
  });

  it('refuses a user without the steering or admin role, in chat and at download (403)', async () => {
    expect(JSON.stringify(await ask('återrapport v40-v47', CONTACT))).not.toMatch(/files\/aterrapport/);
    const link: ReportLinkInput = { tenantId: PLAYGROUND_TENANT, userId: CONTACT, from: '2026-W40', to: '2026-W47', format: 'xlsx', language: 'en' };
    const response = await fetch(links().reportLink(link));
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/Only steering-group members and administrators can download the report/);
    // A member who lost the role since the link was made is refused too.
    const member = '00000000-0000-0000-0000-00000000d003';
    const url = links().reportLink({ ...link, userId: member });
    expect((await fetch(url)).status).toBe(200);
    const stored = (await app.app.repositories.roster.read(PLAYGROUND_TENANT, member))!;
    await app.app.repositories.roster.replace({ ...stored.doc, roles: [] }, stored.etag);
    expect((await fetch(url)).status).toBe(403);
  });

  it('keeps validating the period in chat', async () => {
    expect(JSON.stringify(await ask('återrapport v60-v61'))).toMatch(/Skriv perioden som/);
    expect(JSON.stringify(await ask('återrapport v40-v47 Atlantis'))).toMatch(/Skriv perioden som/);
  });

  it('scopes the files to one district when the command names one', async () => {
    const url = urlsOf(await ask('återrapport v40-v47 Farsta'))['CSV-fil']!;
    expect(new URL(url).searchParams.get('district')).toBe('farsta');
    const response = await fetch(url);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="aterrapport-2026-W40-W47-farsta.csv"');
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(['Farsta']));
  });
});
