import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const KEY = 'a-jobs-key-of-enough-length';

describe('POST /api/jobs/<name>/run', () => {
  let withKey: TestApp | undefined;
  let withoutKey: TestApp | undefined;
  beforeAll(async () => {
    [withKey, withoutKey] = await Promise.all([startTestApp({ JOBS_KEY: KEY }), startTestApp()]);
  });
  afterAll(async () => {
    await Promise.all([withKey?.stop(), withoutKey?.stop()]);
  });
  const post = (app: TestApp, path: string, authorization?: string, body: unknown = {}) =>
    fetch(`${app.app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });

  it('does not exist without JOBS_KEY', async () => {
    expect((await post(withoutKey!, '/api/jobs/status-request/run', `Bearer ${KEY}`)).status).toBe(404);
  });

  it('refuses a missing or wrong key with 401', async () => {
    expect((await post(withKey!, '/api/jobs/status-request/run')).status).toBe(401);
    expect((await post(withKey!, '/api/jobs/status-request/run', `Bearer ${KEY}x`)).status).toBe(401);
    // Compared as SHA-256 digests: a key of the same length but wrong, a prefix, or a non-ASCII header are all just wrong.
    expect((await post(withKey!, '/api/jobs/status-request/run', `Bearer ${KEY.slice(0, -1)}Z`)).status).toBe(401);
    expect((await post(withKey!, '/api/jobs/status-request/run', `Bearer ${KEY.slice(0, 4)}`)).status).toBe(401);
    expect((await post(withKey!, '/api/jobs/status-request/run', KEY)).status).toBe(401);
  });

  it('refuses an unknown job and a bad body with clear errors', async () => {
    const unknown = await post(withKey!, '/api/jobs/format-disk/run', `Bearer ${KEY}`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).message).toMatch(/status-request/);
    const bad = await post(withKey!, '/api/jobs/status-request/run', `Bearer ${KEY}`, { week: '2026-W99' });
    expect(bad.status).toBe(400);
  });

  it('runs the status request for a given week and answers its report', async () => {
    const response = await post(withKey!, '/api/jobs/status-request/run', `Bearer ${KEY}`, { week: '2026-W40' });
    expect(response.status).toBe(200);
    const report = await response.json();
    // Nobody in the demo roster has talked to the bot yet: all are recorded as unreachable.
    expect(report).toMatchObject({ job: 'status-request', week: '2026-W40', ran: true });
    expect(report.unreachable).toContain('00000000-0000-0000-0000-0000000000020');
  });
});
