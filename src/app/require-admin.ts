import { AppError } from '../domain/errors.ts';
import type { RosterEntry } from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
import { isAdmin } from '../domain/roles.ts';
import type { Person } from '../domain/status-report.ts';
import type { AuditLog } from './audit-log.ts';

/**
 * Admin-only actions call this first, on every action (a card can be forwarded or replayed).
 * A refusal is audited, then thrown as `forbidden`.
 */
export async function requireAdmin(
  deps: { roster: Repository<RosterEntry>; audit: AuditLog },
  input: { tenantId: string; actor: Person; action: string; target: { kind: string; id: string } },
): Promise<void> {
  const entry = (await deps.roster.read(input.tenantId, input.actor.aadObjectId))?.doc;
  if (isAdmin(entry)) return;
  await deps.audit.record({ ...input, outcome: 'refused', reason: 'not an admin' });
  throw new AppError('forbidden', 'Only administrators can do this; ask an administrator to give you the admin role.', { reason: 'admin-only' });
}
