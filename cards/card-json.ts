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

/** Problems of a form that came back, keyed by input id. */
export type FormErrors = Record<string, string> | undefined;

/** For each input id, the block that shows its problem right under it (none when it has none). */
export const fieldErrorBlocks =
  (errors: FormErrors) =>
  (inputId: string): Record<string, unknown>[] => {
    const message = errors?.[inputId];
    return message ? [{ type: 'TextBlock', text: message, color: 'Attention', wrap: true, size: 'Small', spacing: 'None' }] : [];
  };

/** The banner over a form that came back with problems (it says that nothing was saved). */
export const formErrorBanner = (errors: FormErrors, text: string): Record<string, unknown>[] =>
  errors && Object.keys(errors).length > 0 ? [{ type: 'TextBlock', text, color: 'Attention', weight: 'Bolder', wrap: true }] : [];
