import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsFeature } from '../../bot/features/questions.ts';
import type { Turn } from '../../bot/turn.ts';
import type { KnowledgeService } from '../../src/app/knowledge-service.ts';
import type { ConversationTopicRepository } from '../../src/domain/conversation-topic.ts';
import type { QaTopic } from '../../src/domain/qa-topic.ts';
import type { AnswerContext } from '../../src/qa/answer-questions.ts';
import type { Answer } from '../../src/qa/answer.ts';
import { PLAYGROUND_TENANT } from '../support/activities.ts';
import { textOf } from '../support/card-helpers.ts';
import { startTestStore, type TestStore } from '../support/test-store.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const topicAt = (minutesAgo: number, kind = 'passage'): QaTopic => ({
  question: 'Vad säger uttalandet om en levande stad?',
  language: 'sv',
  kind,
  sectionId: 'levande-stad',
  at: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
});

/**
 * The questions feature reads the conversation's topic before it classifies, hands it to the
 * answerer as `previous`, and stores the answer's topic after. The answerer here is a stand-in
 * that records its context and answers with a topic, as the QA engine's does.
 */
describe('the questions feature keeps each conversation’s follow-up topic', () => {
  let store: TestStore;
  const contexts: AnswerContext[] = [];
  let next: Answer;
  const knowledge = {
    answerer: async () => ({
      answer: (_text: string, context: AnswerContext) => {
        contexts.push(context);
        return next;
      },
      languageOf: () => undefined,
    }),
  } as unknown as KnowledgeService;
  const warnings: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(String(JSON.parse(line).msg)) });
  const turn = (conversationId: string): Turn => ({ tenantId: PLAYGROUND_TENANT, userAadObjectId: 'a', userName: 'A', roster: undefined, language: 'sv', conversation: { id: conversationId, scope: 'personal' } });
  const feature = (topics: ConversationTopicRepository) =>
    questionsFeature({ knowledge, topics, questionLog: { recordRefusal: async () => {} }, logger, now: () => NOW });

  beforeAll(async () => {
    store = await startTestStore({ seed: false });
  });
  afterAll(async () => {
    await store?.stop();
  });

  it('passes no previous topic to a first question, stores the answer’s topic, and passes it back with the next', async () => {
    const questions = feature(store.repositories.conversationTopics);
    const first = topicAt(0);
    next = { kind: 'passage', language: 'sv', passages: [], topic: first };
    const answer = await questions.classify(turn('user:a'), 'vad säger uttalandet om en levande stad?');
    expect(contexts.at(-1)).toEqual({ language: 'sv' });
    await questions.answer(turn('user:a'), answer, 'vad säger uttalandet om en levande stad?');
    expect(await store.repositories.conversationTopics.current(PLAYGROUND_TENANT, 'user:a', NOW)).toEqual(first);

    next = { kind: 'passage', language: 'sv', passages: [] };
    await questions.classify(turn('user:a'), 'och med vilka ska staden ha dialog?');
    expect(contexts.at(-1)).toEqual({ language: 'sv', previous: first });
    // Another conversation has its own (none).
    await questions.classify(turn('user:b'), 'och med vilka?');
    expect(contexts.at(-1)).toEqual({ language: 'sv' });
  });

  it('treats a topic older than 30 minutes as absent', async () => {
    await store.repositories.conversationTopics.remember(PLAYGROUND_TENANT, 'user:old', topicAt(31), NOW);
    await feature(store.repositories.conversationTopics).classify(turn('user:old'), 'och sen?');
    expect(contexts.at(-1)).toEqual({ language: 'sv' });
  });

  it('answers even when the topic cannot be read or written, and logs it', async () => {
    const broken: ConversationTopicRepository = {
      current: async () => {
        throw new Error('store down');
      },
      remember: async () => {
        throw new Error('store down');
      },
    };
    const questions = feature(broken);
    next = { kind: 'no-answer', language: 'sv', topic: topicAt(0, 'no-answer') };
    const answer = await questions.classify(turn('user:c'), 'vad kostar lunchen?');
    const reply = await questions.answer(turn('user:c'), answer, 'vad kostar lunchen?');
    expect(textOf(reply)).toContain('Fråga en samordnare');
    expect(warnings).toEqual(['could not read the conversation topic', 'could not store the conversation topic']);
  });
});
