import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultProxyOptions {
  /** Where requests go when no fault is injected, e.g. the embedded Cosmos server's endpoint. */
  target: string;
  seed?: number;
  throttleRate?: number;
  unavailableRate?: number;
  resetRate?: number;
  /** The x-ms-retry-after-ms a 429 carries. */
  retryAfterMs?: number;
}

export interface FaultProxy {
  endpoint: string;
  counts: { forwarded: number; throttled: number; unavailable: number; reset: number };
  stop(): Promise<void>;
}

/** mulberry32: a small seeded PRNG, so a failing run can be repeated fault for fault. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A loopback HTTP proxy in front of a Cosmos endpoint that injects what Azure does under load:
 * per request, 429 with a small x-ms-retry-after-ms, 503, or a connection reset; the rest is
 * forwarded unchanged. The fault is decided before the request reaches the target, so an
 * injected fault never has a side effect (like the real service's throttling).
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const random = seededRandom(options.seed ?? 1);
  const throttleRate = options.throttleRate ?? 0.15;
  const unavailableRate = options.unavailableRate ?? 0.05;
  const resetRate = options.resetRate ?? 0.02;
  const counts = { forwarded: 0, throttled: 0, unavailable: 0, reset: 0 };
  const target = new URL(options.target);
  const server: Server = createServer((req, res) => {
    const roll = random();
    if (roll < resetRate) {
      counts.reset += 1;
      req.socket.destroy();
      return;
    }
    if (roll < resetRate + throttleRate) {
      counts.throttled += 1;
      res.writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': String(options.retryAfterMs ?? 5), 'x-ms-substatus': '3200' });
      res.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large (injected)' }));
      return;
    }
    if (roll < resetRate + throttleRate + unavailableRate) {
      counts.unavailable += 1;
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'ServiceUnavailable', message: 'Service is unavailable (injected)' }));
      return;
    }
    counts.forwarded += 1;
    forward(req, res, target);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function forward(req: IncomingMessage, res: import('node:http').ServerResponse, target: URL): void {
  const upstream = request(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}
