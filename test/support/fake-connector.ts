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
  /** Team members by team id, served by GET /v3/conversations/{teamId}/pagedmembers (pageSize, continuationToken). */
  teamMembers?: Record<string, FakeTeamMember[]>;
  /** Answer this status instead of creating the 1:1 chat with a member (by their `29:` id). */
  createStatusFor?: (memberId: string) => number | undefined;
}

/** A team member as the connector lists them (a TeamsChannelAccount). */
export interface FakeTeamMember {
  id: string;
  aadObjectId: string;
  name: string;
  userPrincipalName?: string;
  email?: string;
}

/** A 1:1 chat the bot created (POST /v3/conversations). */
export interface CreatedConversation {
  /** The conversation id the connector answered; sends to it carry this id. */
  id: string;
  memberId: string;
  tenantId?: string;
  body: Record<string, unknown>;
}

export interface FakeConnector {
  /** Use as the activity's serviceUrl. */
  serviceUrl: string;
  sends: RecordedSend[];
  /** How many requests were answered 429. */
  throttled: number;
  /** Conversations created (POST /v3/conversations), in order. */
  created: CreatedConversation[];
  /** Member pages served (GET …/pagedmembers). */
  memberPages: number;
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
  const state = { throttled: 0, memberPages: 0 };
  const created: CreatedConversation[] = [];
  /** Like Teams: more than `perSecond` requests in any one second are answered 429 (true: answered). */
  const throttle = (res: import('node:http').ServerResponse): boolean => {
    if (options.perSecond === undefined) return false;
    const now = Date.now();
    while (recent.length > 0 && recent[0]! <= now - 1000) recent.shift();
    if (recent.length >= options.perSecond) {
      state.throttled += 1;
      const retryAfterSeconds = Math.max(1, Math.ceil((recent[0]! + 1000 - now) / 1000));
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) });
      res.end('{"error":{"code":"Throttled","message":"Too many requests"}}');
      return true;
    }
    recent.push(now);
    return false;
  };
  const waiters = new Set<{ match: (send: RecordedSend) => boolean; resolve: (send: RecordedSend) => void }>();
  let counter = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://connector');
    const paged = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(url.pathname);
    if (paged && req.method === 'GET') {
      if (throttle(res)) return;
      const members = options.teamMembers?.[decodeURIComponent(paged[1]!)];
      if (!members) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"ConversationNotFound","message":"no such team"}}');
        return;
      }
      const pageSize = Math.min(500, Number(url.searchParams.get('pageSize') ?? 200) || 200);
      const offset = Number(url.searchParams.get('continuationToken') ?? 0) || 0;
      const page = members.slice(offset, offset + pageSize);
      const next = offset + pageSize < members.length ? String(offset + pageSize) : undefined;
      state.memberPages += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ members: page, ...(next ? { continuationToken: next } : {}) }));
      return;
    }
    if (url.pathname === '/v3/conversations' && req.method === 'POST') {
      if (throttle(res)) return;
      const parameters = (body ? JSON.parse(body) : {}) as { members?: Array<{ id?: string }>; tenantId?: string; channelData?: { tenant?: { id?: string } } };
      const memberId = parameters.members?.[0]?.id ?? '';
      const forced = options.createStatusFor?.(memberId);
      if (forced !== undefined) {
        res.writeHead(forced, { 'content-type': 'application/json' }).end(`{"error":{"code":"Forced${forced}","message":"forced by the test"}}`);
        return;
      }
      const conversation: CreatedConversation = {
        id: `a:team-chat-${memberId}`,
        memberId,
        ...((parameters.tenantId ?? parameters.channelData?.tenant?.id) ? { tenantId: parameters.tenantId ?? parameters.channelData?.tenant?.id } : {}),
        body: parameters as Record<string, unknown>,
      };
      created.push(conversation);
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: conversation.id }));
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
      return;
    }
    if (throttle(res)) return;
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
    created,
    get memberPages() {
      return state.memberPages;
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
