import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entraIssuersFor, tabAudiences, verifyTabToken, type TabTokenRules } from '../../bot/edge/tab-auth.ts';
import { mountTabRoutes, type TabRouteDeps } from '../../bot/edge/tab-routes.ts';
import type { RosterEntry } from '../../src/domain/model.ts';
import { createLogger } from '../../src/logger.ts';

/**
 * The tab API's sign-in, with our own signing keys standing in for Entra's: the same rules as
 * production (issuer per tenant, audience api://<domain>/<appId> or the app id, scope
 * access_as_user, tenant on the allow-list), only the key set differs.
 */
const APP_ID = '11111111-2222-3333-4444-555555555555';
const DOMAIN = 'samverkan.example.com';
const TENANT = 'aaaaaaaa-0000-0000-0000-000000000001';
const OTHER_TENANT = 'bbbbbbbb-0000-0000-0000-000000000002';
const MEMBER = 'cccccccc-0000-0000-0000-00000000000a';
const STRANGER = 'cccccccc-0000-0000-0000-00000000000b';
const CONTACT = 'cccccccc-0000-0000-0000-00000000000c';

let privateKey: CryptoKey;
let otherKey: CryptoKey;
let rules: TabTokenRules;
let server: Server;
let base: string;
const linkRequests: unknown[] = [];

interface Claims {
  iss?: string;
  aud?: string;
  tid?: string;
  oid?: string;
  scp?: string;
  expiresIn?: string | number;
  key?: CryptoKey;
}

async function token(claims: Claims = {}): Promise<string> {
  const tid = claims.tid ?? TENANT;
  const jwt = new SignJWT({ tid, oid: claims.oid ?? MEMBER, name: 'Demo Person', ...(claims.scp === '' ? {} : { scp: claims.scp ?? 'User.Read access_as_user' }) })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setIssuer(claims.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
    .setAudience(claims.aud ?? APP_ID)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
    .setExpirationTime(claims.expiresIn ?? '1h');
  return jwt.sign(claims.key ?? privateKey);
}

const roster: RosterEntry[] = [
  { tenantId: TENANT, id: MEMBER, type: 'roster-entry', name: 'Demo Steering', roles: ['steering'], districtIds: [], demo: true },
  { tenantId: TENANT, id: CONTACT, type: 'roster-entry', name: 'Demo Contact', roles: ['contact'], districtIds: ['farsta'], demo: true },
];

/** The read model is not under test here: a fixed answer shows the request got through. */
const dashboard: TabRouteDeps['dashboard'] = {
  reference: async () => ({ currentWeek: '2026-W47', districts: [], focusAreas: [] }),
  week: async (_tenant, week) => ({ week, focusAreas: [], rows: [], totals: { districts: 0, reported: 0, counts: { green: 0, yellow: 0, red: 0, 'not-applicable': 0 } }, missing: [] }),
  districtHistory: async () => undefined,
  focusAreaHistory: async () => undefined,
  plan: async () => ({ asOf: '2026-11-20', overdue: [], dueSoon: [], byOwner: [], pendingDecisions: [] }),
};

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256' };
  rules = { keys: createLocalJWKSet({ keys: [jwk] }), audiences: tabAudiences(APP_ID, DOMAIN), issuersFor: entraIssuersFor, allowedTenants: new Set([TENANT]) };
  const app = express();
  mountTabRoutes(app, {
    dashboard,
    rules,
    rosterEntry: async (tenantId, userId) => roster.find((entry) => entry.tenantId === tenantId && entry.id === userId),
    readAccess: 'roster',
    staticDir: '/nonexistent',
    reportLink: (input) => {
      linkRequests.push(input);
      return `https://${DOMAIN}/files/report.${input.format}?sig=demo`;
    },
    logger: createLogger('silent'),
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const get = (path: string, bearer?: string) => fetch(`${base}${path}`, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });

describe('tab API sign-in (jose, our own keys in place of Entra’s)', () => {
  it('accepts a valid v2 token (audience = app id) and a v1 token (audience api://domain/appId, sts issuer)', async () => {
    expect((await get('/api/tab/week?week=2026-W47', await token())).status).toBe(200);
    const v1 = await token({ aud: `api://${DOMAIN}/${APP_ID}`, iss: `https://sts.windows.net/${TENANT}/` });
    const response = await get('/api/tab/week?week=2026-W47', v1);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { week: string }).week).toBe('2026-W47');
  });

  it.each([
    ['no token', async () => undefined],
    ['a wrong audience', () => token({ aud: 'api://other.example.com/99999999-0000-0000-0000-000000000000' })],
    ['a tenant not on the allow-list', () => token({ tid: OTHER_TENANT })],
    ['an expired token', () => token({ expiresIn: Math.floor(Date.now() / 1000) - 600 })],
    ['no access_as_user scope', () => token({ scp: 'User.Read' })],
    ['no scope at all', () => token({ scp: '' })],
    ['an issuer of another tenant', () => token({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })],
    ['a signature by another key', () => token({ key: otherKey })],
    ['a token that is not a JWT', async () => 'not-a-token'],
  ])('refuses %s with 401', async (_name, make) => {
    const response = await get('/api/tab/week', await make());
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: string }).error).toBe('unauthenticated');
  });

  it('gives the reason on failure (for the log), never accepting a token whose tenant is in the token alone', async () => {
    const result = await verifyTabToken(`Bearer ${await token({ tid: OTHER_TENANT })}`, rules);
    expect(result).toEqual({ ok: false, reason: `tenant ${OTHER_TENANT} is not allowed` });
    expect(await verifyTabToken(`Bearer ${await token()}`, rules)).toEqual({ ok: true, user: { tenantId: TENANT, userId: MEMBER, name: 'Demo Person' } });
  });
});

describe('tab API roles: what the bot would show', () => {
  it('refuses data to someone off the roster (403) but tells them who they are', async () => {
    const stranger = await token({ oid: STRANGER });
    expect((await get('/api/tab/week', stranger)).status).toBe(403);
    expect((await get('/api/tab/plan', stranger)).status).toBe(403);
    const me = (await (await get('/api/tab/me', stranger)).json()) as { access: { read: boolean; report: boolean }; reference?: unknown };
    expect(me.access).toEqual({ read: false, report: false });
    expect(me.reference).toBeUndefined();
  });

  it('lets a contact read but not download the report back; a steering member may', async () => {
    const contact = await token({ oid: CONTACT });
    expect((await get('/api/tab/plan', contact)).status).toBe(200);
    expect((await get('/api/tab/report-link?from=2026-W40&to=2026-W47&format=docx', contact)).status).toBe(403);
    const member = await token();
    const response = await get('/api/tab/report-link?from=2026-W40&to=2026-W47&format=docx', member);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ url: `https://${DOMAIN}/files/report.docx?sig=demo` });
    expect(linkRequests.at(-1)).toEqual({ tenantId: TENANT, userId: MEMBER, from: '2026-W40', to: '2026-W47', format: 'docx' });
  });

  it('validates the query: weeks, a forward period, a known format (400 with what to fix)', async () => {
    const member = await token();
    for (const query of ['from=2026-W47&to=2026-W40&format=docx', 'from=2026-W40&to=2026-W47&format=pdf', 'from=2026-40&to=2026-W47&format=csv', 'week=2026-W99']) {
      const path = query.startsWith('week') ? `/api/tab/week?${query}` : `/api/tab/report-link?${query}`;
      const response = await get(path, member);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    }
    expect((await get('/api/tab/districts/Not%20An%20Id/history', member)).status).toBe(400);
    expect((await get('/api/tab/districts/nowhere/history', member)).status).toBe(404);
  });

  it('answers 503 with a hint while the tab is not built', async () => {
    const response = await fetch(`${base}/tab/`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toContain('npm run build:tab');
  });
});
