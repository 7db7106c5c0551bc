import {
  AgreementSchema,
  ConversationRecordSchema,
  DistrictSchema,
  FocusAreaSchema,
  RosterEntrySchema,
  type Agreement,
  type ConversationRecord,
  type District,
  type FocusArea,
  type RosterEntry,
} from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
import { AuditEntrySchema, type AuditEntry } from '../domain/audit.ts';
import { LeaseSchema, OutboxItemSchema, type Lease, type OutboxItem } from '../domain/outbox.ts';
import { ScheduleSchema, type Schedule } from '../domain/schedule.ts';
import { StatusReportSchema, type StatusReport } from '../domain/status-report.ts';
import { DocumentStore } from './document-store.ts';
import type { CosmosConnection } from './open-cosmos.ts';

export interface Repositories {
  agreements: Repository<Agreement>;
  focusAreas: Repository<FocusArea>;
  districts: Repository<District>;
  roster: Repository<RosterEntry>;
  conversations: Repository<ConversationRecord>;
  schedules: Repository<Schedule>;
  reports: DocumentStore<StatusReport>;
  audit: DocumentStore<AuditEntry>;
  outbox: DocumentStore<OutboxItem>;
  leases: Repository<Lease>;
}

export function createRepositories({ containers }: CosmosConnection): Repositories {
  return {
    agreements: new DocumentStore(containers.reference, AgreementSchema, 'agreement', 'agreement'),
    focusAreas: new DocumentStore(containers.reference, FocusAreaSchema, 'focus area', 'focus-area'),
    districts: new DocumentStore(containers.reference, DistrictSchema, 'district', 'district'),
    roster: new DocumentStore(containers.reference, RosterEntrySchema, 'roster entry', 'roster-entry'),
    conversations: new DocumentStore(containers.conversations, ConversationRecordSchema, 'conversation', 'conversation'),
    schedules: new DocumentStore(containers.reference, ScheduleSchema, 'schedule', 'schedule'),
    reports: new DocumentStore(containers.reports, StatusReportSchema, 'status report', 'status-report'),
    audit: new DocumentStore(containers.audit, AuditEntrySchema, 'audit entry', 'audit'),
    outbox: new DocumentStore(containers.jobs, OutboxItemSchema, 'outbox item', 'outbox'),
    leases: new DocumentStore(containers.jobs, LeaseSchema, 'lease', 'lease'),
  };
}
