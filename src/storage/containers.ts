/**
 * The one place that defines Cosmos containers and their partition keys.
 * Every container is partitioned by tenant: all reads are point reads by (tenantId, id), and every
 * query filters on tenantId in WHERE too (the embedded server ignores the partitionKey option).
 */
export const CONTAINERS = {
  /** Agreements, focus areas, districts, the roster, settings: small and read-mostly. */
  reference: 'reference',
  /** Conversation references for proactive messages, one per user and per channel, and each one's QA topic; the teams the app is installed in and their members (team-store.ts). */
  conversations: 'conversations',
  /** Status reports, one per district per ISO week (id `<district>:<week>`). */
  reports: 'reports',
  /** Job leases and the outbox of proactive sends. */
  jobs: 'jobs',
  /** Append-only audit log of every write. */
  audit: 'audit',
  /** The action plan (tasks `t-0042`), the decision log (`b-0007`) and their id counters. */
  plans: 'plans',
  /** Questions to the coordinators (`q-…`), votes on answers and the questions the bot could not answer. */
  questions: 'questions',
} as const;

export type ContainerName = (typeof CONTAINERS)[keyof typeof CONTAINERS];
export const PARTITION_KEY_PATH = '/tenantId';
