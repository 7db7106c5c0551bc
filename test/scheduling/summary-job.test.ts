import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summaryScheduledJob } from '../../src/app/summary-job.ts';
import { summaryPostId } from '../../src/domain/summary-post.ts';
import { PLAYGROUND_TENANT, DEMO_USER_AAD } from '../support/activities.ts';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.ts';
import { makeReport } from '../support/summary-fixtures.ts';
import { addSteeringConversations, createSummaryInstance, STEERING_CHANNEL } from '../support/summary-harness.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';
import { channelConversationId } from '../../src/domain/conversation-id.ts';
import { SUMMARY_JOB_NAME } from '../../src/domain/jobs.ts';
import { leaseId } from '../../src/domain/outbox.ts';
import { DEFAULT_LEASE_MS } from '../../src/scheduling/lease.ts';

const WEEK = '2026-W47' as const;
const channelPosts = (connector: FakeConnector) => connector.sends.filter((s) => s.conversationId === STEERING_CHANNEL);
const adminSends = (connector: FakeConnector) => connector.sends.filter((s) => s.conversationId === `a:chat-${DEMO_USER_AAD}`);

describe('the weekly summary job on the embedded Cosmos server', () => {
  let store: TestStore;
  let connector: FakeConnector | undefined;
  let failChannel: number | undefined; // answer this status for the channel while set
  let failuresLeft = Number.POSITIVE_INFINITY;
  let channelAttempts = 0;

  beforeEach(async () => {
    store = await startTestStore();
    failChannel = undefined;
    failuresLeft = Number.POSITIVE_INFINITY;
    channelAttempts = 0;
    connector = await startFakeConnector({
      statusFor: (id) => {
        if (id === STEERING_CHANNEL) channelAttempts += 1;
        if (id !== STEERING_CHANNEL || failChannel === undefined || failuresLeft <= 0) return undefined;
        failuresLeft -= 1;
        return failChannel;
      },
    });
    await addSteeringConversations(store.repositories, connector.serviceUrl);
    const areas = await store.repositories.focusAreas.list(PLAYGROUND_TENANT);
    const levels = (level: 'red' | 'yellow' | 'green') => Object.fromEntries(areas.map((a) => [a.id, level]));
    await store.repositories.reports.create(makeReport(PLAYGROUND_TENANT, 'farsta', WEEK, { ...levels('green'), [areas[0]!.id]: 'red' }));
    await store.repositories.reports.create(makeReport(PLAYGROUND_TENANT, 'farsta', '2026-W46', levels('yellow')));
    await store.repositories.reports.create(makeReport(PLAYGROUND_TENANT, 'bromma', WEEK, levels('yellow')));
  });
  afterEach(async () => {
    await connector?.stop();
    await store?.stop();
  });

  const bindChannel = (instance: ReturnType<typeof createSummaryInstance>) => instance.steering.applyConfigured(PLAYGROUND_TENANT, STEERING_CHANNEL);

  it('two instances at the scheduled minute post exactly once, and later runs never post again', async () => {
    const a = createSummaryInstance(store.repositories, 'instance-a');
    const b = createSummaryInstance(store.repositories, 'instance-b');
    await bindChannel(a);
    const scheduledA = summaryScheduledJob(a.job);
    const scheduledB = summaryScheduledJob(b.job);
    const [ra, rb] = await Promise.all([scheduledA.run(PLAYGROUND_TENANT, WEEK), scheduledB.run(PLAYGROUND_TENANT, WEEK)]);
    const reports = [ra, rb] as Array<Awaited<ReturnType<typeof a.job.run>>>;
    expect(reports.filter((r) => r.ran)).toHaveLength(1);
    const posted = reports.find((r) => r.ran)!;
    expect(posted).toMatchObject({ status: 'posted', adminsNotified: 0 });
    // The week's lease is the jobs' usual 15 s (renewed every 5 s), not a minute: a dead holder is taken over soon.
    const lease = (await store.repositories.leases.read(PLAYGROUND_TENANT, leaseId(SUMMARY_JOB_NAME, WEEK)))!.doc;
    expect(Date.parse(lease.expiresAt) - Date.parse(lease.startedAt)).toBeLessThanOrEqual(DEFAULT_LEASE_MS + 1_000);
    expect(DEFAULT_LEASE_MS).toBe(15_000);
    expect(channelPosts(connector!)).toHaveLength(posted.ran ? posted.cards : -1);
    const text = JSON.stringify(channelPosts(connector!)[0]?.activity);
    expect(text).toContain('Veckosammanfattning vecka 47');
    expect(text).toContain('Farsta');
    // Farsta's first area is red (yellow last week); the arrow is the contact's own trend (the fixture's "same").
    expect(text).toMatch(/🔴→ \*\*Farsta\*\*/);
    expect(text).toMatch(/Chart\.Donut/);

    const doc = (await store.repositories.summaries.read(PLAYGROUND_TENANT, summaryPostId(WEEK)))?.doc;
    expect(doc).toMatchObject({ status: 'posted', channel: channelConversationId(STEERING_CHANNEL) });
    expect(doc?.parts.every((p) => p.state === 'sent' && p.activityId)).toBe(true);
    expect(posted.activityIds).toEqual(doc?.parts.map((p) => p.activityId));

    // A restart's catch-up, a third instance, and an admin's run-now: nothing more is posted.
    const c = createSummaryInstance(store.repositories, 'instance-c');
    expect(await c.job.run(PLAYGROUND_TENANT, WEEK)).toMatchObject({ ran: false, reason: 'already-posted' });
    expect(await a.job.run(PLAYGROUND_TENANT, WEEK, { rerun: true })).toMatchObject({ ran: false, reason: 'already-posted' });
    expect(channelPosts(connector!)).toHaveLength(posted.ran ? posted.cards : -1);
  });

  it('retries a failing post, then records the failure and tells the admins; a rerun posts it', async () => {
    const instance = createSummaryInstance(store.repositories, 'instance-d');
    await bindChannel(instance);
    // 412 is one of Teams' retryable answers (the connector client itself does not retry it).
    failChannel = 412;
    const failed = await instance.job.run(PLAYGROUND_TENANT, WEEK);
    expect(failed).toMatchObject({ ran: true, status: 'failed', adminsNotified: 1, activityIds: [] });
    expect(failed.ran && failed.failure).toMatchObject({ reason: 'error', message: expect.stringMatching(/412/) });
    expect(channelAttempts).toBe(3); // the harness's retry policy: 3 attempts
    expect(channelPosts(connector!)).toHaveLength(0);
    expect(JSON.stringify(adminSends(connector!)[0]?.activity)).toContain('kunde inte postas');
    const doc = (await store.repositories.summaries.read(PLAYGROUND_TENANT, summaryPostId(WEEK)))?.doc;
    expect(doc).toMatchObject({ status: 'failed', adminsNotified: 1, attempts: 1, parts: [] });
    expect(doc?.error).toMatch(/412/);

    // The scheduler's catch-up does not retry on its own (the lease is done); the admin's rerun does.
    expect(await instance.job.run(PLAYGROUND_TENANT, WEEK)).toMatchObject({ ran: false });
    failChannel = undefined;
    const rerun = await instance.job.run(PLAYGROUND_TENANT, WEEK, { rerun: true });
    expect(rerun).toMatchObject({ ran: true, status: 'posted' });
    expect(channelPosts(connector!)).toHaveLength(rerun.ran ? rerun.cards : -1);
    expect((await store.repositories.summaries.read(PLAYGROUND_TENANT, summaryPostId(WEEK)))?.doc).toMatchObject({ status: 'posted', attempts: 2 });
  });

  it('rides out transient errors with retries and posts once', async () => {
    const instance = createSummaryInstance(store.repositories, 'instance-e');
    await bindChannel(instance);
    failChannel = 502;
    failuresLeft = 1;
    const report = await instance.job.run(PLAYGROUND_TENANT, WEEK);
    expect(report).toMatchObject({ ran: true, status: 'posted' });
    expect(channelPosts(connector!)).toHaveLength(report.ran ? report.cards : -1);
  });

  it('without a steering channel, records the failure and tells the admins how to bind one', async () => {
    const instance = createSummaryInstance(store.repositories, 'instance-f');
    const report = await instance.job.run(PLAYGROUND_TENANT, WEEK);
    expect(report).toMatchObject({ ran: true, status: 'failed', adminsNotified: 1 });
    expect(report.ran && report.failure).toEqual({ reason: 'no-channel' });
    expect(JSON.stringify(adminSends(connector!)[0]?.activity)).toContain('styrgrupp här');
  });

  it('never re-sends a part whose poster died during the send: it is marked uncertain and the admins are told', async () => {
    const instance = createSummaryInstance(store.repositories, 'instance-g');
    await bindChannel(instance);
    await store.repositories.summaries.create({
      tenantId: PLAYGROUND_TENANT,
      id: summaryPostId(WEEK),
      type: 'weekly-summary',
      week: WEEK,
      status: 'posting',
      parts: [{ state: 'sending' }],
      attempts: 1,
      claimedBy: 'a-dead-instance',
      claimedUntil: new Date(Date.now() - 1000).toISOString(),
      updatedAt: new Date().toISOString(),
    });
    const report = await instance.job.run(PLAYGROUND_TENANT, WEEK);
    expect(report).toMatchObject({ ran: true, status: 'uncertain', adminsNotified: 1 });
    expect(channelPosts(connector!)).toHaveLength(report.ran ? report.cards - 1 : -1);
    expect(JSON.stringify(adminSends(connector!)[0]?.activity)).toContain('kanske postades');
  });

  it('a claim held by a live poster is left alone', async () => {
    const instance = createSummaryInstance(store.repositories, 'instance-h');
    await bindChannel(instance);
    await store.repositories.summaries.create({
      tenantId: PLAYGROUND_TENANT,
      id: summaryPostId(WEEK),
      type: 'weekly-summary',
      week: WEEK,
      status: 'posting',
      parts: [],
      attempts: 1,
      claimedBy: 'another-instance',
      claimedUntil: new Date(Date.now() + 60_000).toISOString(),
      updatedAt: new Date().toISOString(),
    });
    expect(await instance.job.run(PLAYGROUND_TENANT, WEEK)).toMatchObject({ ran: false, reason: 'held' });
    expect(channelPosts(connector!)).toHaveLength(0);
  });
});
