import { describe, expect, it } from 'vitest';
import { conversationTopicId, currentTopic, toConversationTopic } from '../../src/domain/conversation-topic.ts';
import { answerQuestion, checkAnswerText, curatedAnswerIdOf, MAX_COORDINATOR_ANSWER, toCuratedAnswer, truncateText, type CoordinatorQuestion } from '../../src/domain/coordinator-question.ts';
import { CuratedAnswerSchema } from '../../src/domain/curated-answer.ts';
import { feedbackId } from '../../src/domain/question-feedback.ts';
import { groupUnanswered, normalizeQuestionText } from '../../src/domain/unanswered-questions.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const COORDINATOR = { aadObjectId: 'c-1', name: 'Samordnare Ett' };
const open: CoordinatorQuestion = {
  tenantId: 't',
  id: 'q-6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab',
  type: 'coordinator-question',
  asker: { aadObjectId: 'o-1', name: 'Tjänsteperson' },
  conversationId: 'user:o-1',
  channelId: 'conversation:19:c@thread.tacv2',
  language: 'sv',
  question: 'Hur mycket pengar får stadsdelarna?',
  attempted: 'Jag hittade inget svar',
  status: 'open',
  askedAt: NOW.toISOString(),
};

describe('questions to the coordinators', () => {
  it('takes an answer trimmed, refuses an empty or too long one', () => {
    expect(checkAnswerText('  Svaret.  ')).toEqual({ ok: true, text: 'Svaret.' });
    expect(checkAnswerText('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkAnswerText(undefined)).toEqual({ ok: false, problem: 'empty' });
    expect(checkAnswerText('x'.repeat(MAX_COORDINATOR_ANSWER + 1))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('counts the first answer only', () => {
    const answered = answerQuestion(open, 'Det beslutas i budgeten.', COORDINATOR, NOW);
    expect(answered).toMatchObject({ status: 'answered', answer: 'Det beslutas i budgeten.', answeredBy: COORDINATOR, answeredAt: NOW.toISOString() });
    expect(answerQuestion(answered!, 'Något annat.', COORDINATOR, NOW)).toBeUndefined();
  });

  it('saves only an answered question, as a valid curated answer whose id follows the question’s', () => {
    expect(() => toCuratedAnswer(open, COORDINATOR, NOW)).toThrow(/Only an answered question/);
    const curated = toCuratedAnswer(answerQuestion(open, 'Det beslutas i budgeten.', COORDINATOR, NOW)!, COORDINATOR, NOW);
    expect(CuratedAnswerSchema.parse(curated)).toEqual(curated);
    expect(curated).toMatchObject({ id: curatedAnswerIdOf(open.id), questions: [open.question], answer: 'Det beslutas i budgeten.', language: 'sv' });
  });

  it('cuts long texts and marks the cut', () => {
    expect(truncateText('kort', 10)).toBe('kort');
    expect(truncateText('en lång text här', 8)).toBe('en lång…');
    expect(truncateText('x'.repeat(700), 600)).toHaveLength(600);
  });
});

describe('votes and unanswered questions', () => {
  it('keys a vote by person and normalised question, so a second vote replaces the first', () => {
    expect(feedbackId('u-1', 'Vad står det om skolorna?')).toBe(feedbackId('u-1', '  vad står det om SKOLORNA '));
    expect(feedbackId('u-1', 'Vad står det om skolorna?')).not.toBe(feedbackId('u-2', 'Vad står det om skolorna?'));
    expect(feedbackId('u-1', 'Vad står det om skolorna?')).not.toBe(feedbackId('u-1', 'Vad står det om polisen?'));
  });

  it('normalises case, punctuation and spacing', () => {
    expect(normalizeQuestionText('  Vad KOSTAR lunchen, i Stadshuset?! ')).toBe('vad kostar lunchen i stadshuset');
    expect(normalizeQuestionText('Hur många bor i Västerort?')).toBe(normalizeQuestionText('hur manga bor i vasterort'));
  });

  it('groups by question with counts per reason, newest first, and says how many more', () => {
    const list = groupUnanswered(
      [
        { question: 'Vad kostar lunchen?', at: '2026-11-20T10:00:00.000Z', reason: 'refused' },
        { question: 'vad kostar lunchen', at: '2026-11-22T10:00:00.000Z', reason: 'down-vote' },
        { question: 'Vem äger kamerorna?', at: '2026-11-21T10:00:00.000Z', reason: 'refused' },
        { question: 'Hur många ordningsvakter?', at: '2026-11-19T10:00:00.000Z', reason: 'refused' },
        { question: '???', at: '2026-11-23T10:00:00.000Z', reason: 'refused' },
      ],
      2,
    );
    expect(list.groups).toEqual([
      { question: 'vad kostar lunchen', count: 2, refused: 1, downVotes: 1, lastAt: '2026-11-22T10:00:00.000Z' },
      { question: 'Vem äger kamerorna?', count: 1, refused: 1, downVotes: 0, lastAt: '2026-11-21T10:00:00.000Z' },
    ]);
    expect(list.more).toBe(1);
  });
});

describe('the conversation topic', () => {
  const topic = { question: 'Vad säger uttalandet?', language: 'sv' as const, kind: 'passage', at: NOW.toISOString() };

  it('lives 30 minutes from its answer, one per conversation', () => {
    const doc = toConversationTopic('t', 'user:o-1', topic, NOW);
    expect(doc).toMatchObject({ id: conversationTopicId('user:o-1'), type: 'qa-topic', expiresAt: '2026-11-23T09:30:00.000Z' });
    expect(currentTopic(doc, new Date('2026-11-23T09:29:59Z'))).toEqual(topic);
    expect(currentTopic(doc, new Date('2026-11-23T09:30:00Z'))).toBeUndefined();
    expect(currentTopic(undefined, NOW)).toBeUndefined();
  });

  it('counts from now when the answer’s time cannot be read', () => {
    expect(toConversationTopic('t', 'user:o-1', { ...topic, at: 'soon' }, NOW).expiresAt).toBe('2026-11-23T09:30:00.000Z');
  });
});
