import { AppError } from '../domain/errors.ts';
import type { RosterEntry } from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
import { isSteeringMember } from '../domain/roles.ts';
import type { Person } from '../domain/status-report.ts';
import type { AuditLog } from './audit-log.ts';

/**
 * Action-plan and decision-log writes call this first, on every action (a card can be forwarded
 * or replayed). A refusal is audited, then thrown as `forbidden`. `alsoAllowed` lets e.g. a task's
 * assignee through for status changes and comments.
 */
export async function requireSteering(
  deps: { roster: Repository<RosterEntry>; audit: AuditLog },
  input: { tenantId: string; actor: Person; action: string; target: { kind: string; id: string }; alsoAllowed?: boolean },
): Promise<RosterEntry | undefined> {
  const entry = (await deps.roster.read(input.tenantId, input.actor.aadObjectId))?.doc;
  if (isSteeringMember(entry) || input.alsoAllowed) return entry;
  const { alsoAllowed: _also, ...audited } = input;
  await deps.audit.record({ ...audited, outcome: 'refused', reason: 'not a steering-group member or admin' });
  throw new AppError('forbidden', 'Only steering-group members and administrators can change the action plan and the decision log.', { reason: 'steering-only' });
}
