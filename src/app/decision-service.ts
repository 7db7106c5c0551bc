import { AppError } from '../domain/errors.ts';
import { applyAnchoring, newDecision, sortDecisions, type Anchoring, type Decision, type DecisionFields } from '../domain/decision.ts';
import type { Person } from '../domain/status-report.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import { allocatePlanNumber } from './allocate-plan-number.ts';
import type { AuditLog } from './audit-log.ts';
import { requireSteering } from './require-steering.ts';
import { retryOnLostRace } from './retry-lost-race.ts';


/**
 * The steering group's decision log (beslutsloggen). Anchoring is one field with an idempotent
 * target state, so a lost race (412) is re-read and re-applied: two members pressing "Markera
 * förankrad" at once both end with it anchored, recorded once.
 */
export class DecisionService {
  constructor(
    private readonly deps: { repositories: Pick<Repositories, 'decisions' | 'planCounters' | 'roster'>; audit: AuditLog; now?: () => Date },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  async authorize(tenantId: string, actor: Person, action: string, id: string): Promise<void> {
    await this.guard(tenantId, actor, action, id);
  }

  private guard(tenantId: string, actor: Person, action: string, id: string) {
    return requireSteering({ roster: this.deps.repositories.roster, audit: this.deps.audit }, { tenantId, actor, action, target: { kind: 'decision', id } });
  }

  async create(tenantId: string, actor: Person, fields: DecisionFields): Promise<Decision> {
    await this.guard(tenantId, actor, 'decision.create', 'new');
    return retryOnLostRace(async () => {
      const number = await allocatePlanNumber(this.deps.repositories.planCounters, tenantId, 'decision');
      const decision = newDecision({ tenantId, number, fields, by: actor, at: this.now() });
      const stored = await this.deps.repositories.decisions.create(decision);
      const { history: _h, ...after } = stored.doc;
      await this.deps.audit.record({ tenantId, actor, action: 'decision.create', target: { kind: 'decision', id: decision.id }, after, outcome: 'done' });
      return stored.doc;
    });
  }

  async setAnchoring(tenantId: string, actor: Person, decisionId: string, anchoring: Anchoring): Promise<{ decision: Decision; changed: boolean }> {
    await this.guard(tenantId, actor, 'decision.anchor', decisionId);
    return retryOnLostRace(async () => {
      const stored = await this.deps.repositories.decisions.read(tenantId, decisionId);
      if (!stored) throw new AppError('not-found', `There is no decision ${decisionId}.`);
      const { decision, changed } = applyAnchoring(stored.doc, anchoring, actor, this.now());
      if (!changed) return { decision, changed };
      const written = await this.deps.repositories.decisions.replace(decision, stored.etag);
      await this.deps.audit.record({
        tenantId,
        actor,
        action: 'decision.anchor',
        target: { kind: 'decision', id: decisionId },
        before: { anchoring: stored.doc.anchoring, revision: stored.doc.revision },
        after: { anchoring: written.doc.anchoring, revision: written.doc.revision },
        outcome: 'done',
      });
      return { decision: written.doc, changed };
    });
  }

  /** The whole log, pending anchoring first (one query). */
  async list(tenantId: string): Promise<Decision[]> {
    return sortDecisions(await this.deps.repositories.decisions.list(tenantId));
  }
}
