import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionLog } from '../../src/app/question-log.ts';
import { MAX_REFUSALS_PER_DOCUMENT, refusalsIn } from '../../src/domain/question-feedback.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

describe('the refused questions, gathered and written together', () => {
  let store: TestStore;

  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(async () => {
    await store?.stop();
  });

  it('writes a burst of refusals as one document, each still on the admins’ list', async () => {
    const tenant = 'tenant-burst';
    const log = new QuestionLog(store.repositories, () => new Date('2026-11-25T10:00:00Z'), 60_000);
    const recorded = Promise.all(['Vad tjänar en polis?', 'Hur många kameror finns?', 'Vad tjänar en polis'].map((q) => log.recordRefusal(tenant, q, 'sv')));
    // Nothing is written until the batch is due (here: a minute) or flushed.
    expect(await store.repositories.questionRefusals.list(tenant)).toEqual([]);
    await log.flush();
    await recorded;
    const docs = await store.repositories.questionRefusals.list(tenant);
    expect(docs).toHaveLength(1);
    expect(docs.flatMap(refusalsIn).map((r) => r.question)).toEqual(['Vad tjänar en polis?', 'Hur många kameror finns?', 'Vad tjänar en polis']);
    const list = await log.unanswered(tenant);
    expect(list.groups.map((g) => [g.question, g.refused])).toEqual(expect.arrayContaining([['Vad tjänar en polis', 2], ['Hur många kameror finns?', 1]]));
  });

  it('lists a question refused a moment ago, before its batch is due', async () => {
    const tenant = 'tenant-now';
    const log = new QuestionLog(store.repositories, () => new Date(), 60_000);
    void log.recordRefusal(tenant, 'Hur mycket kostar avtalet?', 'sv');
    expect((await log.unanswered(tenant)).groups.map((g) => g.question)).toEqual(['Hur mycket kostar avtalet?']);
  });

  it('writes by itself once the batch is due, and keeps tenants apart', async () => {
    const log = new QuestionLog(store.repositories, () => new Date(), 20);
    await Promise.all([log.recordRefusal('tenant-a', 'Vad kostar det?', 'sv'), log.recordRefusal('tenant-b', 'What does it cost?', 'en')]);
    expect((await store.repositories.questionRefusals.list('tenant-a')).flatMap(refusalsIn).map((r) => r.question)).toEqual(['Vad kostar det?']);
    expect((await store.repositories.questionRefusals.list('tenant-b')).flatMap(refusalsIn).map((r) => [r.question, r.language])).toEqual([['What does it cost?', 'en']]);
  });

  it('starts another document when one is full', async () => {
    const tenant = 'tenant-full';
    const log = new QuestionLog(store.repositories, () => new Date(), 60_000);
    const all = Array.from({ length: MAX_REFUSALS_PER_DOCUMENT + 3 }, (_, i) => log.recordRefusal(tenant, `Fråga ${i}?`, 'sv'));
    await log.flush();
    await Promise.all(all);
    const docs = await store.repositories.questionRefusals.list(tenant);
    expect(docs.map((doc) => refusalsIn(doc).length).sort((a, b) => a - b)).toEqual([3, MAX_REFUSALS_PER_DOCUMENT]);
  });

  it('still reads a refusal stored one per document, as the first version wrote them', async () => {
    const tenant = 'tenant-legacy';
    await store.repositories.questionRefusals.create({ tenantId: tenant, id: 'refusal:old', type: 'question-refusal', question: 'Gammal fråga?', language: 'sv', at: '2026-01-01T00:00:00.000Z' });
    const list = await new QuestionLog(store.repositories).unanswered(tenant);
    expect(list.groups.map((g) => g.question)).toEqual(['Gammal fråga?']);
  });
});
