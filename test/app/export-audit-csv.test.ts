import { describe, expect, it } from 'vitest';
import { exportAuditCsv } from '../../src/app/export-audit-csv.ts';
import type { AuditEntry } from '../../src/domain/audit.ts';
import { auditPeriodOf } from '../../src/domain/audit-period.ts';
import { parseCsv } from '../support/parse-csv.ts';

const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  tenantId: 't1',
  id: 'x',
  type: 'audit',
  at: '2026-11-20T08:30:00.000Z',
  actor: { aadObjectId: 'a-1', name: 'Åsa Öberg' },
  action: 'roster.add-contact',
  target: { kind: 'roster-entry', id: 'p-1' },
  outcome: 'done',
  ...overrides,
});

const HEADER = 'at,actor_id,actor_name,action,target_kind,target_id,outcome,reason,before,after';

describe('exportAuditCsv', () => {
  it('escapes every cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) with a leading quote', () => {
    const hostile = ['=HYPERLINK("http://evil.example","klicka")', '+1', '-1', '@SUM(A1:A2)', '\tx', '\rx'];
    const rows = parseCsv(exportAuditCsv(hostile.map((name, i) => entry({ actor: { aadObjectId: `a-${i}`, name }, reason: name }))));
    expect(rows.slice(1).map((row) => row[2])).toEqual(hostile.map((name) => `'${name}`));
    expect(rows.slice(1).map((row) => row[7])).toEqual(hostile.map((name) => `'${name}`));
    // What does not start a formula is left as it is.
    expect(parseCsv(exportAuditCsv([entry({ reason: 'a=1, b-2' })]))[1]?.[7]).toBe('a=1, b-2');
  });

  it('writes a header and one CRLF-terminated row per entry; Swedish letters as they are', () => {
    const csv = exportAuditCsv([entry(), entry({ outcome: 'refused', reason: 'not an admin' })]);
    expect(csv).toBe(
      `${HEADER}\r\n` +
        '2026-11-20T08:30:00.000Z,a-1,Åsa Öberg,roster.add-contact,roster-entry,p-1,done,,,\r\n' +
        '2026-11-20T08:30:00.000Z,a-1,Åsa Öberg,roster.add-contact,roster-entry,p-1,refused,not an admin,,\r\n',
    );
  });

  it('quotes fields with commas, quotes and line breaks and doubles the quotes (RFC 4180)', () => {
    const csv = exportAuditCsv([
      entry({
        actor: { aadObjectId: 'a-1', name: 'Ström, Jöns "Jönsa"' },
        reason: 'rad ett\nrad två\r\nrad tre',
        before: { name: 'Gül, "Ä"' },
        after: { roles: ['admin', 'contact'] },
      }),
    ]);
    const row = csv.split('\r\n').slice(1).join('\r\n');
    expect(row).toBe(
      '2026-11-20T08:30:00.000Z,a-1,"Ström, Jöns ""Jönsa""",roster.add-contact,roster-entry,p-1,done,' +
        '"rad ett\nrad två\r\nrad tre","{""name"":""Gül, \\""Ä\\""""}","{""roles"":[""admin"",""contact""]}"\r\n',
    );
    expect(csv.startsWith(HEADER)).toBe(true);
  });

  it('writes only the header for no entries, and a BOM on request', () => {
    expect(exportAuditCsv([])).toBe(`${HEADER}\r\n`);
    expect(exportAuditCsv([], { bom: true })).toBe(`\uFEFF${HEADER}\r\n`);
  });
});

describe('auditPeriodOf', () => {
  it('spans whole Stockholm days, inclusive, across a daylight-saving change', () => {
    expect(auditPeriodOf('2026-11-01', '2026-11-30')).toEqual({ fromIso: '2026-10-31T23:00:00.000Z', toIsoExclusive: '2026-11-30T23:00:00.000Z' });
    // Summer time ends on 25 October 2026: the first day is in CEST, the day after the last in CET.
    expect(auditPeriodOf('2026-10-01', '2026-10-31')).toEqual({ fromIso: '2026-09-30T22:00:00.000Z', toIsoExclusive: '2026-10-31T23:00:00.000Z' });
  });

  it('refuses a day that does not exist', () => {
    expect(() => auditPeriodOf('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});
