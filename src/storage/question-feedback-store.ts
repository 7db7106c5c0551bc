import type { QuestionFeedback, Vote } from '../domain/question-feedback.ts';
import type { QuestionFeedbackRepository } from '../domain/question-log-repository.ts';
import { DocumentStore } from './document-store.ts';

export class QuestionFeedbackStore extends DocumentStore<QuestionFeedback> implements QuestionFeedbackRepository {
  withVote(tenantId: string, vote: Vote): Promise<QuestionFeedback[]> {
    return this.query(tenantId, 'c.vote = @vote', [{ name: '@vote', value: vote }]);
  }
}
