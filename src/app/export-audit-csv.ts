import type { AuditEntry } from '../domain/audit.ts';
import { stringifyCsv } from '../domain/stringify-csv.ts';

export const AUDIT_CSV_COLUMNS = ['at', 'actor_id', 'actor_name', 'action', 'target_kind', 'target_id', 'outcome', 'reason', 'before', 'after'] as const;

/**
 * The audit log as RFC 4180 CSV (CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled, formula-like cells escaped), one row per entry, for public-records requests. `before`/`after` are JSON.
 * `bom` prepends a UTF-8 byte order mark, which Excel needs to show å, ä and ö.
 */
export function exportAuditCsv(entries: readonly AuditEntry[], options: { bom?: boolean } = {}): string {
  const rows = entries.map((entry) => [
    entry.at,
    entry.actor.aadObjectId,
    entry.actor.name,
    entry.action,
    entry.target.kind,
    entry.target.id,
    entry.outcome,
    entry.reason ?? '',
    entry.before === undefined ? '' : JSON.stringify(entry.before),
    entry.after === undefined ? '' : JSON.stringify(entry.after),
  ]);
  return stringifyCsv(rows, { columns: [...AUDIT_CSV_COLUMNS], bom: options.bom ?? false });
}
