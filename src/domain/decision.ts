import { z } from 'zod';
import { AppError } from './errors.ts';
import { PersonSchema, type Person } from './status-report.ts';
import { ANCHORING_STATES, type Anchoring } from './weekly-summary.ts';

export { ANCHORING_STATES, type Anchoring } from './weekly-summary.ts';

export const MAX_DECISION_TEXT = 4000;
export const MAX_BOARDS = 20;
export const DECISION_ID = /^b-\d{4,6}$/;

/** What the steering group records: the decision, its date, the boards (nämnder) it concerns. */
export const DecisionFieldsSchema = z.object({
  date: z.iso.date(),
  text: z.string().trim().min(1).max(MAX_DECISION_TEXT),
  boards: z.array(z.string().trim().min(1).max(120)).max(MAX_BOARDS),
  anchoring: z.enum(ANCHORING_STATES),
});
export type DecisionFields = z.infer<typeof DecisionFieldsSchema>;

export const DecisionSchema = DecisionFieldsSchema.extend({
  tenantId: z.string().min(1),
  id: z.string().regex(DECISION_ID),
  type: z.literal('decision'),
  number: z.number().int().min(1),
  revision: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  createdBy: PersonSchema,
  updatedAt: z.iso.datetime(),
  anchoredAt: z.iso.datetime().optional(),
  anchoredBy: PersonSchema.optional(),
  history: z.array(z.object({ revision: z.number().int(), at: z.iso.datetime(), by: PersonSchema, anchoring: z.enum(ANCHORING_STATES) })),
  demo: z.boolean().default(false),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const decisionIdOf = (number: number) => `b-${String(number).padStart(4, '0')}`;

export function newDecision(input: { tenantId: string; number: number; fields: DecisionFields; by: Person; at: Date }): Decision {
  const at = input.at.toISOString();
  return {
    ...input.fields,
    tenantId: input.tenantId,
    id: decisionIdOf(input.number),
    type: 'decision',
    number: input.number,
    revision: 1,
    createdAt: at,
    createdBy: input.by,
    updatedAt: at,
    ...(input.fields.anchoring === 'förankrad' ? { anchoredAt: at, anchoredBy: input.by } : {}),
    history: [{ revision: 1, at, by: input.by, anchoring: input.fields.anchoring }],
    demo: false,
  };
}

/**
 * Changes the anchoring state. Marking an anchored decision anchored again is no change (two
 * members pressing the button at once both see it anchored); anything else is recorded.
 */
export function applyAnchoring(decision: Decision, anchoring: Anchoring, by: Person, at: Date): { decision: Decision; changed: boolean } {
  if (decision.anchoring === anchoring) return { decision, changed: false };
  if (!(ANCHORING_STATES as readonly string[]).includes(anchoring)) throw new AppError('invalid-input', `Unknown anchoring state ${anchoring}.`);
  const revision = decision.revision + 1;
  const { anchoredAt: _at, anchoredBy: _by, ...rest } = decision;
  return {
    decision: {
      ...rest,
      anchoring,
      revision,
      updatedAt: at.toISOString(),
      ...(anchoring === 'förankrad' ? { anchoredAt: at.toISOString(), anchoredBy: by } : {}),
      history: [...decision.history, { revision, at: at.toISOString(), by, anchoring }],
    },
    changed: true,
  };
}

/** Pending anchoring first (oldest first: longest waiting), then the rest newest first. */
export function sortDecisions(decisions: Decision[]): Decision[] {
  const pending = decisions.filter((d) => d.anchoring === 'behöver-förankras').sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  const rest = decisions.filter((d) => d.anchoring !== 'behöver-förankras').sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
  return [...pending, ...rest];
}
