import type { QuestionFeedback, Vote } from './question-feedback.ts';
import type { Repository } from './repository.ts';

/** Votes on answers, read per vote for the admins' list of unanswered questions. */
export interface QuestionFeedbackRepository extends Repository<QuestionFeedback> {
  withVote(tenantId: string, vote: Vote): Promise<QuestionFeedback[]>;
}
