import type { RecordedSend } from './fake-connector.ts';

export const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** The Adaptive Card of a recorded send, if any. */
export function cardOfSend(send: RecordedSend): Record<string, unknown> | undefined {
  const attachments = (send.activity.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined) ?? [];
  return attachments.find((a) => a.contentType === ADAPTIVE)?.content;
}

/** All text a card shows (TextBlocks, facts, labels), for assertions. */
export function textOf(card: unknown): string {
  return JSON.stringify(card ?? {});
}

/** An adaptiveCard/action invoke as Teams posts it for an Action.Execute. */
export function executeInvoke(base: Record<string, unknown>, verb: string, data: Record<string, unknown>): Record<string, unknown> {
  return { ...base, type: 'invoke', name: 'adaptiveCard/action', text: undefined, value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' } };
}

/** The card in an invoke response body (Universal Actions). */
export function invokeCard(body: unknown): Record<string, unknown> | undefined {
  const b = body as { statusCode?: number; type?: string; value?: Record<string, unknown> } | undefined;
  return b?.type === ADAPTIVE ? b.value : undefined;
}

/** Finds an input of the card by id. */
export function findInput(card: unknown, id: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const visit = (node: unknown) => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as Record<string, unknown>;
    if (record.id === id && typeof record.type === 'string' && record.type.startsWith('Input.')) found = record;
    else Object.values(record).forEach(visit);
  };
  visit(card);
  return found;
}

/** The data of the card's first Action.Execute (what pressing its button would send, without inputs). */
export function executeData(card: unknown): { verb: string; data: Record<string, unknown> } | undefined {
  const actions = ((card as { actions?: Array<Record<string, unknown>> })?.actions ?? []).filter((a) => a.type === 'Action.Execute');
  const action = actions[0];
  return action ? { verb: action.verb as string, data: action.data as Record<string, unknown> } : undefined;
}
