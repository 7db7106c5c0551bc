import { AppError } from '../../src/domain/errors.ts';
import { isAdmin } from '../../src/domain/roles.ts';
import type { Turn } from '../turn.ts';

/** Refuses a turn whose user is not an admin; the notice names the role (bot/reply-for-error.ts). */
export function requireAdmin(turn: Turn): void {
  if (!isAdmin(turn.roster)) throw new AppError('forbidden', 'Only administrators can do this.', { reason: 'admin-only' });
}

/**
 * Who may read district status, summaries, tasks and decisions (READ_ACCESS): `roster` (the
 * default) means people with a role in Samverkan; `tenant` every official the bot serves.
 * Questions about the agreement are open to everyone either way.
 */
export type ReadAccess = 'roster' | 'tenant';

/** Refuses a reader who is not on the roster, unless reading is open to the whole tenant. */
export function requireReadAccess(turn: Turn, readAccess: ReadAccess = 'roster'): void {
  if (readAccess === 'tenant') return;
  // A deputy (ersättare) has no role of their own but reports, so reads too.
  if (!turn.roster || (turn.roster.roles.length === 0 && (turn.roster.deputyDistrictIds ?? []).length === 0)) {
    throw new AppError('forbidden', 'Only people on the roster can read this; an admin can add them.', { reason: 'roster-only' });
  }
}
