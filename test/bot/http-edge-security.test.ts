import { Writable } from 'node:stream';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../bot/edge/create-http-app.ts';
import { PLAYGROUND_TENANT, teamsActivity } from '../support/activities.ts';

/**
 * The HTTP edge alone, with a stand-in for the Bot Framework token check: a real signed token
 * needs Microsoft's signing keys, which an offline test cannot have. The token check itself is
 * botbuilder's (test/bot/http-entry.test.ts shows unsigned and forged tokens refused by the real app).
 */
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJzZWNyZXQtYXVkaWVuY2UifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

function startEdge(withAppId: boolean) {
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    }),
  );
  const turns: unknown[] = [];
  const adapter = {
    async process(req: { body: unknown }, res: { status(code: number): { end(): void } }) {
      turns.push(req.body);
      res.status(200).end();
    },
  };
  const authentication = {
    async authenticateRequest(_activity: unknown, header: string) {
      if (header !== `Bearer ${TOKEN}`) throw new Error(`Unauthorized Access. Request is not authorized: ${header}`);
    },
  };
  const app = createHttpApp({
    adapter: adapter as never,
    ...(withAppId ? { authentication: authentication as never } : {}),
    allowedTenants: new Set([PLAYGROUND_TENANT]),
    onTurn: async () => {},
    logger,
  });
  return { app, logs, turns };
}

async function listen(app: ReturnType<typeof createHttpApp>): Promise<{ url: string; server: Server }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const post = (url: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the HTTP edge with an app id set', () => {
  const edge = startEdge(true);
  let url = '';
  let server: Server | undefined;
  beforeAll(async () => {
    ({ url, server } = await listen(edge.app));
  });
  afterAll(() => {
    server?.close();
  });

  it('serves a signed Teams request', async () => {
    const response = await post(url, JSON.stringify(teamsActivity('https://smba.example/', { text: 'hej' })), { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
  });

  it.each(['webchat', 'directline', 'emulator', 'slack'])('refuses the channel %s with 403, even when signed', async (channelId) => {
    const before = edge.turns.length;
    const response = await post(url, JSON.stringify(teamsActivity('https://smba.example/', { channelId, text: 'hej' })), { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'channel-not-allowed' });
    expect(edge.turns.length).toBe(before);
  });

  it('logs a failed sign-in at warn with the reason, never the token', async () => {
    const presented = `${TOKEN.slice(0, -4)}XXXX`;
    const response = await post(url, JSON.stringify(teamsActivity('https://smba.example/', { text: 'hej' })), { authorization: `Bearer ${presented}` });
    expect(response.status).toBe(401);
    const entry = edge.logs.find((log) => String(log.msg).includes('sign-in'));
    expect(entry).toMatchObject({ level: 40, reason: expect.stringMatching(/Unauthorized Access/) });
    const everything = JSON.stringify(edge.logs);
    expect(everything).not.toContain(presented);
    expect(everything).not.toContain(presented.split('.')[1]!);
  });
});

describe('the HTTP edge: charsets and content encodings', () => {
  const edge = startEdge(false);
  let url = '';
  let server: Server | undefined;
  beforeAll(async () => {
    ({ url, server } = await listen(edge.app));
  });
  afterAll(() => {
    server?.close();
  });
  const body = JSON.stringify(teamsActivity('https://smba.example/', { text: 'hej' }));

  it('accepts UTF-8, with or without the charset named', async () => {
    expect((await post(url, body)).status).toBe(200);
    expect((await post(url, body, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
    expect((await post(url, body, { 'content-type': 'application/json; charset="UTF-8"' })).status).toBe(200);
  });

  it.each(['iso-8859-1', 'utf-16', 'utf-16le', 'koi8-r', 'x-unknown'])('refuses charset=%s with 415', async (charset) => {
    const response = await post(url, body, { 'content-type': `application/json; charset=${charset}` });
    expect(response.status).toBe(415);
    expect((await response.json()).message).toMatch(/UTF-8/);
  });

  it.each(['gzip', 'deflate', 'br', 'x-unknown'])('refuses a body with Content-Encoding: %s with 415, without inflating it', async (encoding) => {
    const response = await post(url, encoding === 'gzip' ? new Uint8Array(gzipSync(body)) : body, { 'content-encoding': encoding });
    expect(response.status).toBe(415);
    expect((await response.json()).error).toBe('unsupported-encoding');
  });
});
