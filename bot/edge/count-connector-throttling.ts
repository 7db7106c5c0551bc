import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { countThrottle } from '../../src/telemetry-metrics.ts';

let throttled = 0;
let subscribed = false;

/**
 * How many 429s the Bot Framework connector has answered this process, counted at the HTTP layer:
 * the connector client retries 429 by itself (honouring Retry-After), so they never reach our
 * retry loop. Connector calls are told apart from Cosmos DB's by their `/v3/conversations` path.
 */
export function connectorThrottledCount(): number {
  if (!subscribed) {
    subscribed = true;
    subscribe('http.client.response.finish', (message) => {
      const { request, response } = message as { request: ClientRequest; response: IncomingMessage };
      if (response.statusCode === 429 && request.path.includes('/v3/conversations')) {
        throttled += 1;
        countThrottle('bot-connector');
      }
    });
  }
  return throttled;
}
