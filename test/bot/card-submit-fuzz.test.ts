import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { weekKeyOf } from '../../src/domain/iso-week.ts';
import { postActivity, teamsActivity, PLAYGROUND_TENANT } from '../support/activities.ts';
import { executeInvoke, invokeCard, textOf } from '../support/card-helpers.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** A small seeded generator, so a failure can be replayed with the same seed. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUZZ_COUNT = 2000;
const SEED = 20261122;
const JUNK: unknown[] = [null, 42, -1, 1e308, true, [], {}, [1, 2], { $where: '1' }, 'x'.repeat(5000), '<script>alert(1)</script>', "'; DROP TABLE c; --", '../../etc/passwd', '\u0000', 'ÅÄÖ'.repeat(3000), NaN];

describe('fuzzed and malformed card submissions', () => {
  let app: RunningApp;
  let testApp: TestApp | undefined;
  const week = weekKeyOf(new Date());

  beforeAll(async () => {
    testApp = await startTestApp();
    app = testApp.app;
  });
  afterAll(async () => {
    await testApp?.stop();
  });

  it(`refuses ${FUZZ_COUNT} broken submissions with a clear card, stores nothing, and keeps answering`, async () => {
    const random = mulberry32(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const focusAreaIds = (await app.repositories.focusAreas.list(PLAYGROUND_TENANT)).map((f) => f.id);
    const valid = (): Record<string, unknown> => {
      const data: Record<string, unknown> = { verb: 'status.submit', districtId: 'rinkeby-kista', week, basedOn: 0 };
      for (const id of focusAreaIds) Object.assign(data, { [`level.${id}`]: 'green', [`trend.${id}`]: 'same', [`comment.${id}`]: '' });
      return data;
    };
    // Each mutation alone makes the submission invalid; one to three are applied.
    const mutations: Array<(data: Record<string, unknown>) => void> = [
      (d) => (d.verb = pick(['', 'status.delete', 'STATUS.SUBMIT', ...JUNK])),
      (d) => delete d.verb,
      (d) => (d.districtId = pick(['', 'Rinkeby-Kista', 'nowhere', '../x', 'a'.repeat(65), ...JUNK])),
      (d) => (d.week = pick(['2026-W60', '2026-47', 'vecka 47', '', ...JUNK])),
      (d) => (d.basedOn = pick([-1, 1e9, 'x', 1.5, ...JUNK.filter((j) => typeof j !== 'boolean' && j !== null && typeof j !== 'number')])),
      (d) => (d[`level.${pick(focusAreaIds)}`] = pick(['', 'grön', 'GREEN', 'purple', ...JUNK])),
      (d) => delete d[`level.${pick(focusAreaIds)}`],
      (d) => (d[`trend.${pick(focusAreaIds)}`] = pick(['up', 'bättre', ...JUNK.filter((j) => j !== null)])),
      (d) => (d[`comment.${pick(focusAreaIds)}`] = pick(['x'.repeat(2001 + Math.floor(random() * 60_000)), 42, {}, ['a'], true])),
      (d) => (d.overallComment = pick(['y'.repeat(4001 + Math.floor(random() * 10_000)), 7, { a: 1 }])),
      (d) => (d.priorityComment = pick(['z'.repeat(2001), [], false])),
    ];
    const noticePattern = /Inget har sparats|Okänd knapp|Kortet kunde inte läsas|Nothing has been saved|Unknown button/;
    const base = teamsActivity('http://127.0.0.1:9/', { locale: 'sv-SE' });
    let refused = 0;
    for (let i = 0; i < FUZZ_COUNT; i += 1) {
      const data = valid();
      const count = 1 + Math.floor(random() * 3);
      for (let m = 0; m < count; m += 1) pick(mutations)(data);
      if (random() < 0.1) Object.assign(data, JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'));
      const activity =
        random() < 0.05
          ? { ...base, type: 'invoke', name: 'adaptiveCard/action', value: pick([null, 'x', 42, [], { action: pick([null, 'x', [], { data: 'y' }]) }]) }
          : executeInvoke(base, String(data.verb ?? ''), data);
      const response = await postActivity(app.url, activity);
      const body = response.status === 200 ? await response.json() : undefined;
      const card = invokeCard(body);
      if (response.status === 200 && noticePattern.test(textOf(card))) refused += 1;
      else throw new Error(`submission ${i} (seed ${SEED}) was not refused clearly: ${response.status} ${textOf(card).slice(0, 300)}`);
    }
    expect(refused).toBe(FUZZ_COUNT);
    expect(await app.repositories.reports.list(PLAYGROUND_TENANT)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  }, 180_000);
});
