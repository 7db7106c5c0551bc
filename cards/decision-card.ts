import { ANCHORING_STATES, MAX_DECISION_TEXT, type Decision } from '../src/domain/decision.ts';
import type { Language } from '../src/domain/model.ts';
import { adaptiveCard, type AdaptiveCardJson, fieldErrorBlocks, formErrorBanner } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { ANCHORING_LABELS, PLAN_TEXTS as T } from './texts/plan.ts';
import { t } from './texts/catalogue.ts';
import { executeAction } from './verbs.ts';

/** Input ids of the decision form; cards/decision-form.ts reads the same ids. */
export const DECISION_INPUTS = { date: 'decision.date', text: 'decision.text', boards: 'decision.boards', anchoring: 'decision.anchoring' } as const;
export type DecisionInputId = (typeof DECISION_INPUTS)[keyof typeof DECISION_INPUTS];

const ANCHORING_ICONS = { förankrad: '✅', 'behöver-förankras': '⏳', 'ej-aktuellt': '➖' } as const;

export function buildDecisionFormCard(view: {
  language: Language;
  /** YYYY-MM-DD, the default date. */
  today: string;
  values?: Partial<Record<DecisionInputId, string>>;
  errors?: Record<string, string>;
}): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const values = view.values ?? {};
  const errorBlock = fieldErrorBlocks(view.errors);
  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: t(T.newDecisionTitle, l), weight: 'Bolder', size: 'Medium', wrap: true }];
  body.push(...formErrorBanner(view.errors, t(T.fixErrors, l)));
  body.push(
    { type: 'Input.Date', id: DECISION_INPUTS.date, label: t(T.decisionDate, l), isRequired: true, errorMessage: t(T.dateFormat, l), value: values[DECISION_INPUTS.date] || view.today },
    ...errorBlock(DECISION_INPUTS.date),
    { type: 'Input.Text', id: DECISION_INPUTS.text, label: t(T.decisionText, l), isMultiline: true, isRequired: true, errorMessage: t(T.required, l), maxLength: MAX_DECISION_TEXT, ...(values[DECISION_INPUTS.text] ? { value: values[DECISION_INPUTS.text] } : {}) },
    ...errorBlock(DECISION_INPUTS.text),
    { type: 'Input.Text', id: DECISION_INPUTS.boards, label: t(T.boards, l), placeholder: t(T.boardsPlaceholder, l), isMultiline: true, maxLength: 2000, ...(values[DECISION_INPUTS.boards] ? { value: values[DECISION_INPUTS.boards] } : {}) },
    ...errorBlock(DECISION_INPUTS.boards),
    {
      type: 'Input.ChoiceSet',
      id: DECISION_INPUTS.anchoring,
      label: t(T.anchoring, l),
      style: 'expanded',
      isRequired: true,
      errorMessage: t(T.chooseOne, l),
      value: values[DECISION_INPUTS.anchoring] || 'behöver-förankras',
      choices: ANCHORING_STATES.map((state) => ({ title: ANCHORING_LABELS[state][l], value: state })),
    },
    ...errorBlock(DECISION_INPUTS.anchoring),
  );
  return { card: adaptiveCard(body, [executeAction(t(T.save, l), 'decision.save', {}, { style: 'positive', lang: l })], t(T.newDecisionTitle, l)), text: t(T.newDecisionTitle, l) };
}

/** "beslut": the decision log, pending anchoring first, each pending one with "Markera förankrad". */
export function buildDecisionListCard(view: {
  language: Language;
  decisions: Decision[];
  canAnchor: boolean;
  notice?: { text: string; tone: 'good' | 'attention' | 'default' };
  max?: number;
}): { card: AdaptiveCardJson; text: string } {
  const l = view.language;
  const max = view.max ?? 20;
  const body: Record<string, unknown>[] = [{ type: 'TextBlock', text: t(T.decisionsTitle, l), weight: 'Bolder', size: 'Medium', wrap: true }];
  if (view.notice) body.push({ type: 'TextBlock', text: view.notice.text, wrap: true, weight: 'Bolder', color: view.notice.tone === 'good' ? 'Good' : view.notice.tone === 'attention' ? 'Attention' : 'Default' });
  const pending = view.decisions.filter((d) => d.anchoring === 'behöver-förankras').length;
  if (pending > 0) body.push({ type: 'TextBlock', text: t(T.pendingCount, l, { count: pending }), wrap: true, color: 'Warning' });
  if (view.decisions.length === 0) body.push({ type: 'TextBlock', text: t(T.noDecisions, l), wrap: true });
  for (const decision of view.decisions.slice(0, max)) {
    const boards = decision.boards.length > 0 ? ` · ${escapeMarkdown(decision.boards.join(', '))}` : '';
    const items: Record<string, unknown>[] = [
      { type: 'TextBlock', text: `**${decision.id}** ${decision.date} · ${ANCHORING_ICONS[decision.anchoring]} ${ANCHORING_LABELS[decision.anchoring][l]}${boards}`, wrap: true },
      { type: 'TextBlock', text: escapeMarkdown(decision.text), wrap: true, spacing: 'None' },
    ];
    if (view.canAnchor && decision.anchoring === 'behöver-förankras') {
      items.push({ type: 'ActionSet', actions: [executeAction(t(T.markAnchored, l), 'decision.anchor', { decisionId: decision.id }, { style: 'positive', lang: l })] });
    }
    body.push({ type: 'Container', separator: true, items });
  }
  if (view.decisions.length > max) body.push({ type: 'TextBlock', text: t(T.more, l, { count: view.decisions.length - max }), isSubtle: true, wrap: true });
  const text = [t(T.decisionsTitle, l), ...view.decisions.slice(0, max).map((d) => `${d.id} ${d.date} ${ANCHORING_LABELS[d.anchoring][l]}: ${d.text.slice(0, 80)}`)].join('\n');
  return { card: adaptiveCard(body, [], text.slice(0, 1000)), text };
}
