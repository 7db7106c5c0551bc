import { describe, expect, it } from 'vitest';
import { parseWeekRange } from '../../src/qa/parse-week-range.ts';
import { buildPoliticalReportCard } from '../../cards/political-report-card.ts';
import { describePoliticalReport, renderPoliticalReport } from '../../cards/political-report-text.ts';
import { newDecision } from '../../src/domain/decision.ts';
import { buildPoliticalReport, weeksBetween } from '../../src/domain/political-report.ts';
import { applyTaskStatus, newTask } from '../../src/domain/task-change.ts';
import { dueOfWeek } from '../../src/domain/task-due.ts';
import type { StatusReport } from '../../src/domain/status-report.ts';
import { parseCsv } from '../support/parse-csv.ts';

const by = { aadObjectId: 'm', name: 'Demoledamot' };
const report = (districtId: string, week: `${number}-W${string}`, levels: Record<string, 'green' | 'yellow' | 'red' | 'not-applicable'>): StatusReport => ({
  tenantId: 't',
  id: `${districtId}:${week}`,
  type: 'status-report',
  districtId,
  week,
  current: 1,
  revisions: [{ revision: 1, submittedBy: by, submittedAt: '2026-10-01T08:00:00.000Z', late: false, basedOn: 0, priorityComment: '', overallComment: '', entries: Object.entries(levels).map(([focusAreaId, level]) => ({ focusAreaId, level, trend: 'same' as const, comment: '' })) }],
});
const fields = { focusAreaId: 'kamerabevakning', districtId: 'farsta', owner: { name: 'Trafikkontoret', kind: 'forvaltning' as const } };

describe('the report back to the political bodies (pure builder)', () => {
  const done = applyTaskStatus(newTask({ tenantId: 't', number: 1, fields: { ...fields, title: 'Kartlägga, "otrygga" platser', due: dueOfWeek('2026-W44') }, by, at: new Date('2026-09-01T10:00:00Z') }), 'done', by, new Date('2026-10-28T10:00:00Z')).task;
  const late = newTask({ tenantId: 't', number: 2, fields: { ...fields, title: 'Sen | uppgift', due: dueOfWeek('2026-W45') }, by, at: new Date('2026-09-01T10:00:00Z') });
  const future = newTask({ tenantId: 't', number: 3, fields: { ...fields, title: 'Framtida', due: dueOfWeek('2027-W10') }, by, at: new Date('2026-09-01T10:00:00Z') });
  const input = {
    from: '2026-W40' as const,
    to: '2026-W47' as const,
    districts: [{ id: 'farsta', name: 'Farsta' }, { id: 'bromma', name: 'Bromma' }],
    focusAreas: [{ id: 'kamerabevakning', name: { sv: 'Kamerabevakning', en: 'Camera surveillance' } }, { id: 'ordningsvakter', name: { sv: 'Ordningsvakter', en: 'Security guards' } }],
    reports: [report('farsta', '2026-W40', { kamerabevakning: 'green', ordningsvakter: 'yellow' }), report('farsta', '2026-W47', { kamerabevakning: 'red' }), report('bromma', '2026-W41', { ordningsvakter: 'not-applicable' })],
    tasks: [done, late, future],
    decisions: [
      newDecision({ tenantId: 't', number: 1, fields: { date: '2026-10-05', text: 'Utöka kamerabevakningen', boards: ['Trafiknämnden'], anchoring: 'behöver-förankras' }, by, at: new Date() }),
      newDecision({ tenantId: 't', number: 2, fields: { date: '2026-09-01', text: 'Före perioden, förankrat', boards: [], anchoring: 'förankrad' }, by, at: new Date() }),
      newDecision({ tenantId: 't', number: 3, fields: { date: '2026-11-10', text: 'Förankrat i perioden', boards: [], anchoring: 'förankrad' }, by, at: new Date() }),
    ],
    asOf: new Date('2026-11-25T12:00:00Z'),
  };

  it('has a table of levels per district with one column per week, in Swedish', () => {
    const report = buildPoliticalReport(input);
    const result = { ...report, ...renderPoliticalReport(report) };
    expect(result.weeks).toHaveLength(8);
    expect(result.markdown).toMatch(/^# Återrapportering till de politiska organen, vecka 40–47 2026/);
    expect(result.markdown).toContain('| Samverkansområde | v. 40 | v. 41 | v. 42 | v. 43 | v. 44 | v. 45 | v. 46 | v. 47 |');
    expect(result.markdown).toContain('| Kamerabevakning | grön | – | – | – | – | – | – | röd |');
    expect(result.markdown).toContain('| Ordningsvakter | – | ej aktuellt | – | – | – | – | – | – |');
    expect(result.markdown.indexOf('### Bromma')).toBeLessThan(result.markdown.indexOf('### Farsta'));
    expect(result.markdown).toContain('Lägesrapporter inkomna: 3 av 16 (19 %)');
    // A pipe in a cell is escaped so the table holds.
    expect(result.markdown).toContain('Sen \\| uppgift');
  });

  it('lists tasks done and late in the period, and decisions with their anchoring (pending first)', () => {
    const report = buildPoliticalReport(input);
    const result = { ...report, ...renderPoliticalReport(report) };
    expect(result.tasksDone.map((t) => t.id)).toEqual(['t-0001']);
    expect(result.tasksLate.map((t) => t.id)).toEqual(['t-0002']);
    expect(result.decisions.map((d) => d.id)).toEqual(['b-0001', 'b-0003']);
    expect(result.markdown).toMatch(/## Beslut och politisk förankring[\s\S]*\| b-0001 \| 2026-10-05 \| Utöka kamerabevakningen \| Trafiknämnden \| behöver förankras \|/);
  });

  it('writes CSV that parses back to the same table', () => {
    const report = buildPoliticalReport(input);
    const result = { ...report, ...renderPoliticalReport(report) };
    const rows = parseCsv(result.csv);
    expect(rows[0]).toEqual(['Stadsdelsområde', 'Samverkansområde', ...weeksBetween('2026-W40', '2026-W47')]);
    expect(rows).toContainEqual(['Farsta', 'Kamerabevakning', 'grön', '–', '–', '–', '–', '–', '–', 'röd']);
    expect(rows).toHaveLength(1 + 2 * 2);
    const tasks = parseCsv(result.tasksCsv);
    expect(tasks[1]?.slice(0, 3)).toEqual(['klar', 't-0001', 'Kartlägga, "otrygga" platser']);
    expect(tasks[2]?.slice(0, 2)).toEqual(['försenad', 't-0002']);
    expect(parseCsv(result.decisionsCsv)[1]).toEqual(['b-0001', '2026-10-05', 'Utöka kamerabevakningen', 'Trafiknämnden', 'behöver förankras']);
  });

  it('escapes formula-like cells in every CSV (tasks, decisions, levels)', () => {
    const hostileTask = newTask({ tenantId: 't', number: 4, fields: { ...fields, title: '=HYPERLINK("http://evil.example")', owner: { name: '@SUM(1)', kind: 'forvaltning' as const }, due: dueOfWeek('2026-W45') }, by, at: new Date('2026-09-01T10:00:00Z') });
    const report = buildPoliticalReport({
      ...input,
      districts: [{ id: 'farsta', name: '+Farsta' }, { id: 'bromma', name: '-1' }],
      tasks: [hostileTask],
      decisions: [newDecision({ tenantId: 't', number: 9, fields: { date: '2026-10-05', text: '-1+1', boards: ['+1'], anchoring: 'behöver-förankras' }, by, at: new Date() })],
    });
    const result = renderPoliticalReport(report);
    expect(parseCsv(result.tasksCsv)[1]?.slice(2, 3)).toEqual(['\'=HYPERLINK("http://evil.example")']);
    expect(parseCsv(result.tasksCsv)[1]).toContain("'@SUM(1) (förvaltning)");
    expect(parseCsv(result.decisionsCsv)[1]?.slice(2, 4)).toEqual(["'-1+1", "'+1"]);
    expect(parseCsv(result.csv).map((row) => row[0])).toEqual(expect.arrayContaining(["'+Farsta", "'-1"]));
  });

  it('scopes to one district, and spans the year boundary', () => {
    const farsta = renderPoliticalReport(buildPoliticalReport({ ...input, districts: [input.districts[0]!], districtId: 'farsta' }));
    expect(farsta.markdown).not.toContain('### Bromma');
    expect(weeksBetween('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(renderPoliticalReport(buildPoliticalReport({ ...input, from: '2026-W52', to: '2027-W02' })).markdown).toContain('| v. 52 2026 | v. 53 2026 | v. 1 2027 | v. 2 2027 |');
  });

  it('reads the chat command’s period and answers a short card with the file links', () => {
    const now = new Date('2026-11-25T12:00:00+01:00');
    expect(parseWeekRange('v40-v47', now)).toEqual({ from: '2026-W40', to: '2026-W47' });
    expect(parseWeekRange('W40-W47 farsta', now)).toEqual({ from: '2026-W40', to: '2026-W47', districtText: 'farsta' });
    expect(parseWeekRange('vecka 50-3', new Date('2027-01-20T12:00:00+01:00'))).toEqual({ from: '2026-W50', to: '2027-W03' });
    expect(parseWeekRange('2026-W40 2026-W47', now)).toEqual({ from: '2026-W40', to: '2026-W47' });
    expect(parseWeekRange('v48-v50', now)).toEqual({ from: '2025-W48', to: '2025-W50' });
    expect(parseWeekRange('v60-v61', now)).toBeUndefined();
    const links = { docx: 'https://x.example/d', xlsx: 'https://x.example/x', csv: 'https://x.example/c' };
    const reply = buildPoliticalReportCard(buildPoliticalReport(input), 'sv', { links, minutes: 15 });
    const json = JSON.stringify(reply.card);
    expect(json).toMatch(/Lägesrapporter inkomna: 3 av 16/);
    expect(json).toMatch(/Läget v. 47: 1 röd och 0 gula av 4 bedömningar/);
    expect(json).not.toMatch(/```|npm run/);
    expect(reply.card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Word-dokument', url: links.docx },
      { type: 'Action.OpenUrl', title: 'Excel-arbetsbok', url: links.xlsx },
      { type: 'Action.OpenUrl', title: 'CSV-fil', url: links.csv },
    ]);
    expect(JSON.stringify(buildPoliticalReportCard(buildPoliticalReport(input), 'en', { links, minutes: 15 }).card)).toMatch(/Status reports received: 3 of 16/);
  });

  it('describes the report for the files in words: levels with their codes, tasks and decisions as rows', () => {
    const doc = describePoliticalReport(buildPoliticalReport(input));
    expect(doc.levels.weekLabels[0]).toBe('v. 40');
    expect(doc.levels.districts.map((d) => d.name)).toEqual(['Bromma', 'Farsta']);
    expect(doc.levels.districts[1]!.rows[0]!.cells.at(-1)).toEqual({ text: 'röd', level: 'red' });
    expect(doc.levels.districts[1]!.rows[0]!.cells[1]).toEqual({ text: '–' });
    expect(doc.tables.map((table) => table.rows.map((row) => row[0]))).toEqual([['t-0001'], ['t-0002'], ['b-0001', 'b-0003']]);
    expect(describePoliticalReport(buildPoliticalReport(input), 'en').tables.map((table) => table.sheetName)).toEqual(['Tasks done', 'Late tasks', 'Decisions']);
  });
});
