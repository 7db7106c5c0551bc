import { randomUUID } from 'node:crypto';
import type { Language } from '../domain/model.ts';
import { feedbackId, type Vote } from '../domain/question-feedback.ts';
import { groupUnanswered, type UnansweredList } from '../domain/unanswered-questions.ts';
import type { Repositories } from '../storage/create-repositories.ts';

/** How many questions the admins' list shows; the card says how many more there are. */
export const UNANSWERED_LIMIT = 15;

/**
 * What the answers were worth: 👍/👎 votes (one per person and question, a second replaces the
 * first) and the questions the bot refused, listed for the admins as "obesvarade frågor".
 */
export class QuestionLog {
  constructor(
    private readonly repositories: Pick<Repositories, 'questionFeedback' | 'questionRefusals'>,
    private readonly now: () => Date = () => new Date(),
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

  async recordRefusal(tenantId: string, question: string, language: Language): Promise<void> {
    const at = this.now().toISOString();
    await this.repositories.questionRefusals.create({ tenantId, id: `refusal:${at}:${randomUUID()}`, type: 'question-refusal', question, language, at });
  }

  /** Refused and 👎 questions, grouped by their normalised text, newest first. */
  async unanswered(tenantId: string, limit = UNANSWERED_LIMIT): Promise<UnansweredList> {
    const [refusals, downVotes] = await Promise.all([this.repositories.questionRefusals.list(tenantId), this.repositories.questionFeedback.withVote(tenantId, 'down')]);
    return groupUnanswered(
      [...refusals.map((r) => ({ question: r.question, at: r.at, reason: 'refused' as const })), ...downVotes.map((v) => ({ question: v.question, at: v.at, reason: 'down-vote' as const }))],
      limit,
    );
  }
}
