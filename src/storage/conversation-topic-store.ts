import { conversationTopicId, currentTopic, toConversationTopic, type ConversationTopic, type ConversationTopicRepository } from '../domain/conversation-topic.ts';
import { QA_TOPIC_TTL_MS, type QaTopic } from '../domain/qa-topic.ts';
import type { Repository } from '../domain/repository.ts';

export interface ConversationTopicStoreOptions {
  /**
   * How long a topic read from the store is trusted on this instance: Infinity when this instance
   * is the store's only user (the embedded store, locked to one process); a few seconds when
   * instances share a Cosmos account and a conversation's turns may reach any of them.
   */
  readCacheMs?: number;
  /** A topic is written this long after its answer; the conversation's later topics meanwhile replace it (one write). */
  writeDelayMs?: number;
  maxEntries?: number;
  /** A delayed write that failed (the topic stays in this instance's memory). */
  onWriteError?: (error: unknown, conversationId: string) => void;
}

interface Entry {
  doc: ConversationTopic | undefined;
  /** When this instance last read or wrote it. */
  since: number;
}

/**
 * The follow-up context per conversation, over a document store of the conversations container.
 * Every question reads it and every answer replaces it, so it is kept in memory: reads come from
 * this instance's copy (re-read after `readCacheMs`, the newer by `at` wins), and writes go to the
 * store a moment later, one write for the conversation's latest topic (`flush` writes them now,
 * at shutdown). A topic is context for the next question, not a record: losing the last second's
 * topic in a crash only makes a follow-up read as a new question.
 */
export class ConversationTopicStore implements ConversationTopicRepository {
  private readonly entries = new Map<string, Entry>();
  /** Topics waiting to be written, by key (the latest per conversation). */
  private readonly dirty = new Map<string, ConversationTopic>();
  /** The last document written per key, so that a write that changes nothing is skipped. */
  private readonly written = new Map<string, ConversationTopic>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly readCacheMs: number;
  private readonly writeDelayMs: number;
  private readonly maxEntries: number;

  constructor(
    private readonly documents: Repository<ConversationTopic>,
    private readonly options: ConversationTopicStoreOptions = {},
  ) {
    this.readCacheMs = options.readCacheMs ?? 5_000;
    this.writeDelayMs = options.writeDelayMs ?? 1_000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  async current(tenantId: string, conversationId: string, now: Date): Promise<QaTopic | undefined> {
    const key = keyOf(tenantId, conversationId);
    const cached = this.entries.get(key);
    if (cached && Date.now() - cached.since < this.readCacheMs) return currentTopic(cached.doc, now);
    const stored = (await this.documents.read(tenantId, conversationTopicId(conversationId)))?.doc;
    if (stored) this.setWritten(key, stored); // what the store holds now, for the skip in `remember`
    // Another instance may have answered since; a topic of ours not yet written is newer still.
    const latest = this.entries.get(key)?.doc;
    const doc = latest && isNewer(latest, stored) ? latest : stored;
    this.keep(key, doc);
    return currentTopic(doc, now);
  }

  async remember(tenantId: string, conversationId: string, topic: QaTopic, now: Date): Promise<void> {
    const key = keyOf(tenantId, conversationId);
    const doc = toConversationTopic(tenantId, conversationId, topic, now);
    const cached = this.entries.get(key)?.doc;
    if (cached && isNewer(cached, doc)) return; // an answer given later is already remembered
    this.keep(key, doc);
    if (isSameTopic(this.written.get(key), doc)) {
      this.dirty.delete(key);
      return;
    }
    this.dirty.set(key, doc);
    this.timer ??= setTimeout(() => void this.flush(), this.writeDelayMs);
  }

  /** Writes the topics waiting now (shutdown, tests); resolves when they are in the store. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.dirty.entries()];
    this.dirty.clear();
    const next = this.writing.then(async () => {
      await Promise.all(
        batch.map(async ([key, doc]) => {
          try {
            await this.documents.upsert(doc);
            this.setWritten(key, doc);
          } catch (error) {
            this.options.onWriteError?.(error, doc.id);
          }
        }),
      );
    });
    this.writing = next;
    return next;
  }

  private setWritten(key: string, doc: ConversationTopic) {
    this.written.delete(key);
    if (this.written.size >= this.maxEntries) this.written.delete(this.written.keys().next().value!);
    this.written.set(key, doc);
  }

  private keep(key: string, doc: ConversationTopic | undefined) {
    this.entries.delete(key);
    // The oldest entry goes first; a topic still waiting to be written stays in `dirty` until it is.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { doc, since: Date.now() });
  }
}

const keyOf = (tenantId: string, conversationId: string) => `${tenantId}\u0000${conversationId}`;

/** True when `a` describes a later answer than `b` (or `b` is none). */
function isNewer(a: ConversationTopic | undefined, b: ConversationTopic | undefined): boolean {
  return !!a && (!b || Date.parse(a.topic.at) > Date.parse(b.topic.at));
}

/**
 * The same topic again ("vad säger avtalet?" twice) with most of its time left: writing it would
 * change only its `at`, so the stored one is kept (it expires at most half a lifetime early).
 */
function isSameTopic(stored: ConversationTopic | undefined, next: ConversationTopic): boolean {
  if (!stored) return false;
  const { at: _storedAt, ...storedTopic } = stored.topic;
  const { at: _nextAt, ...nextTopic } = next.topic;
  return JSON.stringify(storedTopic) === JSON.stringify(nextTopic) && Date.parse(next.expiresAt) - Date.parse(stored.expiresAt) < QA_TOPIC_TTL_MS / 2;
}
