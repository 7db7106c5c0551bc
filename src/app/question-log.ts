import { randomUUID } from 'node:crypto';
import type { Language } from '../domain/model.ts';
import { feedbackId, MAX_REFUSALS_PER_DOCUMENT, refusalsIn, type RefusedQuestion, type Vote } from '../domain/question-feedback.ts';
import { groupUnanswered, type UnansweredList } from '../domain/unanswered-questions.ts';
import type { Repositories } from '../storage/create-repositories.ts';

/** How many questions the admins' list shows; the card says how many more there are. */
export const UNANSWERED_LIMIT = 15;

/** How long refusals are gathered before they are written together. */
const REFUSAL_BATCH_MS = 1_000;

interface RefusalBatch {
  tenantId: string;
  refusals: RefusedQuestion[];
  /** Settles when the batch is stored (or its write failed). */
  written: Promise<void>;
  writeNow(): void;
}

/**
 * What the answers were worth: 👍/👎 votes (one per person and question, a second replaces the
 * first) and the questions the bot refused, listed for the admins as "obesvarade frågor".
 * Refusals are read only by that list, so each tenant's are gathered for a second and written as
 * one document: a burst of refused questions costs one write, not one each. `flush` writes what
 * is gathered at once (shutdown); a crash loses at most that second's refusals, never an answer.
 */
export class QuestionLog {
  /** Batches not yet written; the open one per tenant is the last of its tenant. */
  private readonly unwritten = new Set<RefusalBatch>();
  private readonly open = new Map<string, RefusalBatch>();

  constructor(
    private readonly repositories: Pick<Repositories, 'questionFeedback' | 'questionRefusals'>,
    private readonly now: () => Date = () => new Date(),
    private readonly batchMs = REFUSAL_BATCH_MS,
  ) {}

  async vote(tenantId: string, by: string, input: { question: string; kind: string; vote: Vote; language: Language }): Promise<void> {
    await this.repositories.questionFeedback.upsert({
      tenantId,
      id: feedbackId(by, input.question),
      type: 'question-feedback',
      ...input,
      by,
      at: this.now().toISOString(),
    });
  }

  /** Resolves when the refusal is stored, up to a second later. */
  recordRefusal(tenantId: string, question: string, language: Language): Promise<void> {
    let batch = this.open.get(tenantId);
    if (!batch || batch.refusals.length >= MAX_REFUSALS_PER_DOCUMENT) batch = this.openBatch(tenantId);
    batch.refusals.push({ question, language, at: this.now().toISOString() });
    return batch.written;
  }

  /** Writes every gathered refusal now (of one tenant, or of all). */
  async flush(tenantId?: string): Promise<void> {
    const batches = [...this.unwritten].filter((batch) => tenantId === undefined || batch.tenantId === tenantId);
    for (const batch of batches) batch.writeNow();
    await Promise.allSettled(batches.map((batch) => batch.written));
  }

  private openBatch(tenantId: string): RefusalBatch {
    let writeNow!: () => void;
    const due = new Promise<void>((resolve) => (writeNow = resolve));
    const timer = setTimeout(writeNow, this.batchMs);
    timer.unref(); // a pending batch never keeps a process alive; shutdown flushes it
    const batch: RefusalBatch = {
      tenantId,
      refusals: [],
      writeNow: () => {
        clearTimeout(timer);
        writeNow();
      },
      written: due.then(() => this.write(batch)),
    };
    this.open.set(tenantId, batch);
    this.unwritten.add(batch);
    return batch;
  }

  private async write(batch: RefusalBatch): Promise<void> {
    if (this.open.get(batch.tenantId) === batch) this.open.delete(batch.tenantId);
    this.unwritten.delete(batch);
    const at = batch.refusals[0]!.at;
    await this.repositories.questionRefusals.create({ tenantId: batch.tenantId, id: `refusal:${at}:${randomUUID()}`, type: 'question-refusal', refusals: batch.refusals, at });
  }

  /** Refused and 👎 questions, grouped by their normalised text, newest first. */
  async unanswered(tenantId: string, limit = UNANSWERED_LIMIT): Promise<UnansweredList> {
    await this.flush(tenantId); // the list includes the question refused a moment ago on this instance
    const [refusals, downVotes] = await Promise.all([this.repositories.questionRefusals.list(tenantId), this.repositories.questionFeedback.withVote(tenantId, 'down')]);
    return groupUnanswered(
      [...refusals.flatMap(refusalsIn).map((r) => ({ question: r.question, at: r.at, reason: 'refused' as const })), ...downVotes.map((v) => ({ question: v.question, at: v.at, reason: 'down-vote' as const }))],
      limit,
    );
  }
}
