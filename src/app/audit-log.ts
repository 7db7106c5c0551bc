import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../domain/audit.ts';
import type { Repository } from '../domain/repository.ts';

export type AuditInput = Omit<AuditEntry, 'id' | 'type' | 'at'> & { at?: Date };

/** Appends to the audit log; entries are only ever created, never replaced. */
export class AuditLog {
  constructor(private readonly entries: Repository<AuditEntry>, private readonly now: () => Date = () => new Date()) {}

  async record(input: AuditInput): Promise<void> {
    const at = input.at ?? this.now();
    const { at: _at, ...rest } = input;
    await this.entries.create({ ...rest, id: `${at.toISOString()}:${randomUUID()}`, type: 'audit', at: at.toISOString() });
  }
}
