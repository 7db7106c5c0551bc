/** An Adaptive Card as plain JSON. Builders in cards/ return these; Teams renders up to 1.5. */
export type AdaptiveCardJson = {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  fallbackText?: string;
  [key: string]: unknown;
};

export function adaptiveCard(body: Record<string, unknown>[], actions: Record<string, unknown>[] = [], fallbackText?: string): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...(fallbackText ? { fallbackText } : {}),
  };
}
