import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaTopic } from '../../src/domain/qa-topic.ts';
import { createRepositories } from '../../src/storage/create-repositories.ts';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embedded-cosmos.ts';
import { openCosmos, type CosmosConnection } from '../../src/storage/open-cosmos.ts';

const T = 'topic-tenant';
const NOW = new Date();
const topic = (question: string, secondsLater = 0, kind = 'passage'): QaTopic => ({
  question,
  language: 'sv',
  kind,
  sectionId: 'levande-stad',
  at: new Date(NOW.getTime() + secondsLater * 1000).toISOString(),
});

/**
 * The follow-up topic is read by every question and replaced by every answer; the store keeps it
 * in memory and writes each conversation's latest topic once, a moment later. Requests are counted
 * at the embedded Cosmos server.
 */
describe('conversation topics in memory, written behind', () => {
  let cosmos: EmbeddedCosmos;
  let connection: CosmosConnection;
  const requests: Array<{ method: string; url: string }> = [];
  // A point read names the document; an upsert is a POST to the container's documents (the id is in its body).
  const topicRequests = (method: 'GET' | 'POST') =>
    requests.filter((r) => r.method === method && (method === 'GET' ? r.url.includes('qa-topic') : r.url.endsWith('/colls/conversations/docs'))).length;

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos({ onRequest: (req: IncomingMessage) => void requests.push({ method: req.method ?? '', url: decodeURIComponent(req.url ?? '') }) });
    connection = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'topics' });
  });
  afterAll(async () => {
    connection?.dispose();
    await cosmos?.stop();
  });

  it('answers reads from memory and writes a conversation’s many answers as one write of the latest', async () => {
    const errors: unknown[] = [];
    const { conversationTopics } = createRepositories(connection, { exclusive: true, onTopicWriteError: (error) => void errors.push(error) });
    requests.length = 0;
    expect(await conversationTopics.current(T, 'user:a', NOW)).toBeUndefined(); // one read: nothing stored
    for (let i = 1; i <= 5; i += 1) {
      await conversationTopics.remember(T, 'user:a', topic(`fråga ${i}`, i), NOW);
      expect(await conversationTopics.current(T, 'user:a', NOW)).toMatchObject({ question: `fråga ${i}` });
    }
    expect(topicRequests('GET')).toBe(1);
    expect(topicRequests('POST')).toBe(0); // nothing written yet
    await conversationTopics.flush();
    expect(topicRequests('POST')).toBe(1);
    expect(errors).toEqual([]);
    // Another instance (shared mode) reads what was written: the latest.
    const other = createRepositories(connection).conversationTopics;
    expect(await other.current(T, 'user:a', NOW)).toMatchObject({ question: 'fråga 5' });
  });

  it('keeps the later answer when an earlier one arrives after it, and skips a write that only moves `at`', async () => {
    const { conversationTopics } = createRepositories(connection, { exclusive: true });
    await conversationTopics.remember(T, 'user:b', topic('senare', 10), NOW);
    await conversationTopics.remember(T, 'user:b', topic('tidigare', 5), NOW);
    expect(await conversationTopics.current(T, 'user:b', NOW)).toMatchObject({ question: 'senare' });
    await conversationTopics.flush();
    requests.length = 0;
    // The same topic a little later: its stored copy has most of its 30 minutes left.
    await conversationTopics.remember(T, 'user:b', topic('senare', 20), NOW);
    await conversationTopics.flush();
    expect(topicRequests('POST')).toBe(0);
    // A different topic is written.
    await conversationTopics.remember(T, 'user:b', topic('senare', 30, 'fact'), NOW);
    await conversationTopics.flush();
    expect(topicRequests('POST')).toBe(1);
  });

  it('shared between instances: a stored topic is read again, and the later answer by `at` wins, ours not yet written included', async () => {
    const a = createRepositories(connection, { topicCacheMs: 0 }).conversationTopics;
    const b = createRepositories(connection, { topicCacheMs: 0 }).conversationTopics;
    await a.remember(T, 'user:c', topic('från a', 1), NOW);
    await a.flush();
    expect(await b.current(T, 'user:c', NOW)).toMatchObject({ question: 'från a' });
    await b.remember(T, 'user:c', topic('från b', 2), NOW);
    await b.flush();
    expect(await a.current(T, 'user:c', NOW)).toMatchObject({ question: 'från b' });
    await a.remember(T, 'user:c', topic('från a igen, ännu inte skriven', 3), NOW);
    expect(await a.current(T, 'user:c', NOW)).toMatchObject({ question: 'från a igen, ännu inte skriven' });
    await a.flush();
    expect(await b.current(T, 'user:c', NOW)).toMatchObject({ question: 'från a igen, ännu inte skriven' });
  });

  it('reports a delayed write that failed and still answers from memory', async () => {
    const errors: unknown[] = [];
    const separate = await startEmbeddedCosmos();
    const separateConnection = await openCosmos({ endpoint: separate.endpoint, key: separate.key, databaseId: 'topics' });
    const { conversationTopics } = createRepositories(separateConnection, { exclusive: true, onTopicWriteError: (error) => void errors.push(error) });
    await conversationTopics.remember(T, 'user:d', topic('när lagret är borta'), NOW);
    separateConnection.dispose();
    await separate.stop();
    await conversationTopics.flush();
    expect(errors).toHaveLength(1);
    expect(await conversationTopics.current(T, 'user:d', NOW)).toMatchObject({ question: 'när lagret är borta' });
  });
});
