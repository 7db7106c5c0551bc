import type { Repositories } from '../storage/create-repositories.ts';
import { createQuestionAnswerer, type QuestionAnswerer } from '../qa/answer-questions.ts';
import { withAnswerCache } from '../qa/cached-answerer.ts';
import type { KnowledgeBase } from '../qa/knowledge-base.ts';

/**
 * Reference data changes rarely and every question needs all of it, so each tenant's knowledge
 * base and its search indexes are kept in memory, loaded on first use and rebuilt after a write
 * through `invalidate` (another instance's writes are picked up after `maxAgeMs`). Each answerer
 * keeps its own answers to repeated questions (src/qa/cached-answerer.ts).
 */
export class KnowledgeService {
  private readonly cache = new Map<string, { loadedAt: number; value: Promise<{ kb: KnowledgeBase; qa: QuestionAnswerer }> }>();

  constructor(
    private readonly repositories: Pick<Repositories, 'agreements' | 'focusAreas' | 'districts' | 'curatedAnswers'>,
    private readonly maxAgeMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async knowledgeBase(tenantId: string): Promise<KnowledgeBase> {
    return (await this.load(tenantId)).kb;
  }

  async answerer(tenantId: string): Promise<QuestionAnswerer> {
    return (await this.load(tenantId)).qa;
  }

  invalidate(tenantId: string): void {
    this.cache.delete(tenantId);
  }

  private load(tenantId: string) {
    const cached = this.cache.get(tenantId);
    if (cached && this.now() - cached.loadedAt < this.maxAgeMs) return cached.value;
    const value = (async () => {
      const [agreements, focusAreas, districts, curated] = await Promise.all([
        this.repositories.agreements.list(tenantId),
        this.repositories.focusAreas.list(tenantId),
        this.repositories.districts.list(tenantId),
        this.repositories.curatedAnswers.list(tenantId),
      ]);
      focusAreas.sort((a, b) => a.order - b.order);
      districts.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
      const kb: KnowledgeBase = { agreements, focusAreas, districts, curated };
      return { kb, qa: withAnswerCache(createQuestionAnswerer(kb)) };
    })();
    value.catch(() => this.cache.delete(tenantId)); // a failed load is retried on the next question
    this.cache.set(tenantId, { loadedAt: this.now(), value });
    return value;
  }
}
