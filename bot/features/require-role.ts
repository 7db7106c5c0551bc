import { AppError } from '../../src/domain/errors.ts';
import { isAdmin } from '../../src/domain/roles.ts';
import type { Turn } from '../turn.ts';

/** Refuses a turn whose user is not an admin; the notice names the role (bot/reply-for-error.ts). */
export function requireAdmin(turn: Turn): void {
  if (!isAdmin(turn.roster)) throw new AppError('forbidden', 'Only administrators can do this.', { reason: 'admin-only' });
}
