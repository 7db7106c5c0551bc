import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedSend {
  method: string;
  path: string;
  conversationId: string;
  activity: Record<string, unknown>;
  /** performance.now() when it arrived. */
  at: number;
}

export interface FakeConnectorOptions {
  /** Like Teams: more than this many requests in any one second are answered 429 with Retry-After. */
  perSecond?: number;
  /** Answer this status instead of sending (e.g. 403 for a user who blocked the bot). */
  statusFor?: (conversationId: string) => number | undefined;
  /** Called for every accepted send, before the answer goes out (tests use it to kill a process mid-run). */
  onSend?: (send: RecordedSend) => void;
}

export interface FakeConnector {
  /** Use as the activity's serviceUrl. */
  serviceUrl: string;
  sends: RecordedSend[];
  /** How many requests were answered 429. */
  throttled: number;
  /** Resolves with the first recorded send (from now on, or already recorded) that matches. */
  waitFor(match: (send: RecordedSend) => boolean, timeoutMs?: number): Promise<RecordedSend>;
  stop(): Promise<void>;
}

/**
 * A stand-in for the Bot Framework connector service on loopback: it records every activity the
 * bot sends (replies, proactive messages, updates) and answers like the real service.
 */
export async function startFakeConnector(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
  const sends: RecordedSend[] = [];
  const recent: number[] = [];
  const state = { throttled: 0 };
  const waiters = new Set<{ match: (send: RecordedSend) => boolean; resolve: (send: RecordedSend) => void }>();
  let counter = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
      return;
    }
    if (options.perSecond !== undefined) {
      const now = Date.now();
      while (recent.length > 0 && recent[0]! <= now - 1000) recent.shift();
      if (recent.length >= options.perSecond) {
        state.throttled += 1;
        const retryAfterSeconds = Math.max(1, Math.ceil((recent[0]! + 1000 - now) / 1000));
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) });
        res.end('{"error":{"code":"Throttled","message":"Too many requests"}}');
        return;
      }
      recent.push(now);
    }
    const forced = options.statusFor?.(decodeURIComponent(match[1]!));
    if (forced !== undefined) {
      res.writeHead(forced, { 'content-type': 'application/json' }).end(`{"error":{"code":"Forced${forced}","message":"forced by the test"}}`);
      return;
    }
    const send: RecordedSend = {
      method: req.method ?? 'POST',
      path: req.url ?? '',
      conversationId: decodeURIComponent(match[1]!),
      at: performance.now(),
      activity: body ? (JSON.parse(body) as Record<string, unknown>) : {},
    };
    sends.push(send);
    options.onSend?.(send);
    for (const waiter of waiters) {
      if (waiter.match(send)) {
        waiters.delete(waiter);
        waiter.resolve(send);
      }
    }
    counter += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sent-${counter}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sends,
    get throttled() {
      return state.throttled;
    },
    waitFor(match, timeoutMs = 10_000) {
      const found = sends.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`no matching send within ${timeoutMs} ms; got ${sends.length} sends`));
        }, timeoutMs).unref();
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
