import { AppError, isAppError } from '../domain/errors.ts';
import type { PlanCounter } from '../domain/plan-counter.ts';
import type { Repository } from '../domain/repository.ts';

const MAX_ATTEMPTS = 10;

/**
 * The next task or decision number of a tenant (→ `t-0042`, `b-0007`). Sequential ids are short
 * enough to type in chat and say in a meeting; they come from one counter document advanced with
 * its ETag (IfMatch), so two members creating at once get different numbers. Contention is tiny:
 * people create tasks by hand. A number can be skipped (a create that then fails); never reused.
 */
export async function allocatePlanNumber(counters: Repository<PlanCounter>, tenantId: string, kind: 'task' | 'decision'): Promise<number> {
  const id = `counter:${kind}` as const;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const current = await counters.read(tenantId, id);
    try {
      if (!current) {
        await counters.create({ tenantId, id, type: 'plan-counter', next: 2 });
        return 1;
      }
      await counters.replace({ ...current.doc, next: current.doc.next + 1 }, current.etag);
      return current.doc.next;
    } catch (error) {
      if (!isAppError(error, 'concurrent-change') && !isAppError(error, 'conflict')) throw error;
    }
  }
  throw new AppError('retryable', 'Many ids were handed out at once; try again in a moment.');
}
