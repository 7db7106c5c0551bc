import { createRequire } from 'node:module';

interface SerializationContext {
  eventCount: number;
  getEventAt(index: number): { message: string };
}

// The official renderer; its ESM build does not load in Node, the UMD bundle does (DESIGN.md).
const adaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, context: SerializationContext): void };
  SerializationContext: new () => SerializationContext;
};

/**
 * Teams' chart elements, which the official parser does not know (DESIGN.md): it reports them and
 * parses their `fallback` instead, so the fallback is still checked.
 */
const TEAMS_CHART = /^Unknown element type "Chart\.(Donut|Pie|Gauge|Line|VerticalBar|VerticalBar\.Grouped|HorizontalBar|HorizontalBar\.Stacked)"\. Fallback will be used if present\.$/;

/** What the official Adaptive Cards parser reports about a card: unknown elements, bad properties. */
export function parseProblems(card: unknown): string[] {
  const context = new adaptiveCards.SerializationContext();
  new adaptiveCards.AdaptiveCard().parse(card, context);
  return Array.from({ length: context.eventCount }, (_, index) => context.getEventAt(index).message).filter((message) => !TEAMS_CHART.test(message));
}
