import { isAppError } from '../domain/errors.ts';
import type { Repository } from '../domain/repository.ts';
import { leaseId, type Lease } from '../domain/outbox.ts';

/**
 * How long a job's lease lasts unless renewed. `withLease` renews it every third of this (5 s),
 * so a holder that died is taken over by another instance within one lease time.
 */
export const DEFAULT_LEASE_MS = 15_000;

export type LeaseClaim =
  | { claimed: true; release(): Promise<void>; renew(): Promise<void>; abandon(): Promise<void> }
  | { claimed: false; reason: 'held' | 'done'; lease?: Lease };

/**
 * Claims one run of a job for a period across all instances, with the lease document's ETag:
 * create it, or take over an expired one (its holder died) with IfMatch. Exactly one claimer wins.
 */
export async function claimLease(
  leases: Repository<Lease>,
  input: { tenantId: string; job: string; period: string; owner: string; ttlMs: number; now: Date; rerunDone?: boolean },
): Promise<LeaseClaim> {
  const id = leaseId(input.job, input.period);
  const fresh = (): Lease => ({
    tenantId: input.tenantId,
    id,
    type: 'lease',
    job: input.job,
    period: input.period,
    owner: input.owner,
    state: 'running',
    startedAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + input.ttlMs).toISOString(),
  });
  let etag: string;
  try {
    etag = (await leases.create(fresh())).etag;
  } catch (error) {
    if (!isAppError(error, 'conflict')) throw error;
    const existing = await leases.read(input.tenantId, id);
    if (!existing) return { claimed: false, reason: 'held' };
    if (existing.doc.state === 'done' && !input.rerunDone) return { claimed: false, reason: 'done', lease: existing.doc };
    if (existing.doc.state === 'running' && new Date(existing.doc.expiresAt) > input.now) return { claimed: false, reason: 'held', lease: existing.doc };
    try {
      etag = (await leases.replace(fresh(), existing.etag)).etag;
    } catch (raceError) {
      if (isAppError(raceError, 'concurrent-change')) return { claimed: false, reason: 'held' };
      throw raceError;
    }
  }
  // Renewals and the release are chained, so each presents the ETag the previous one produced.
  let chain: Promise<unknown> = Promise.resolve();
  const write = (lease: () => Lease) => {
    const next = chain.then(async () => {
      etag = (await leases.replace(lease(), etag)).etag;
    });
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    claimed: true,
    renew: () => write(() => ({ ...fresh(), expiresAt: new Date(Date.now() + input.ttlMs).toISOString() })),
    release: () => write(() => ({ ...fresh(), state: 'done', finishedAt: new Date().toISOString() })),
    // Expired at once: the next claim (a retry, another instance) may take over straight away.
    abandon: () => write(() => ({ ...fresh(), expiresAt: new Date(0).toISOString() })),
  };
}

export type LeaseInput = Parameters<typeof claimLease>[1];

/**
 * Runs `work` under the period's lease, renewing it meanwhile. Finished work marks the period
 * done; work that failed gives the lease up, so a retry (or another instance) runs it again.
 */
export async function withLease<T>(
  leases: Repository<Lease>,
  input: LeaseInput,
  work: () => Promise<T>,
): Promise<{ claimed: true; result: T } | { claimed: false; reason: 'held' | 'done'; lease?: Lease }> {
  const lease = await claimLease(leases, input);
  if (!lease.claimed) return lease;
  // Renewed three times per lease: a holder that dies is taken over one lease time later.
  const heartbeat = setInterval(() => void lease.renew().catch(() => undefined), input.ttlMs / 3);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    clearInterval(heartbeat);
    await lease.abandon().catch(() => undefined);
    throw error;
  }
  clearInterval(heartbeat);
  // A failed release only means the period may run once more; its outbox keeps that harmless.
  await lease.release().catch(() => undefined);
  return { claimed: true, result };
}
