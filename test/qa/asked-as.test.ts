import { beforeAll, describe, expect, it } from 'vitest';
import { createQuestionAnswerer, type QuestionAnswerer } from '../../src/qa/answer-questions.ts';
import type { KnowledgeBase } from '../../src/qa/knowledge-base.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { conversationWith } from './conversation.ts';

/**
 * The questions each sentence answers (`askedAs` in data/agreements.json) are more words for that
 * sentence: a paraphrase in words the documents never use finds it. The same knowledge base
 * without them is the control. Questions written for this test, none from the held-out set.
 */
const now = new Date('2026-11-18T10:00:00+01:00');
let withAsked: QuestionAnswerer;
let without: QuestionAnswerer;

beforeAll(async () => {
  const kb = await loadKnowledgeBaseFromFiles();
  const bare: KnowledgeBase = { ...kb, agreements: kb.agreements.map((agreement) => ({ ...agreement, sections: agreement.sections.map(({ askedAs: _asked, ...section }) => section) })) };
  withAsked = createQuestionAnswerer(kb);
  without = createQuestionAnswerer(bare);
});

const asked = conversationWith(() => withAsked, now);
const bare = conversationWith(() => without, now);

describe('questions a sentence answers (askedAs)', () => {
  it('every sentence of the shipped documents has some, in Swedish and English', async () => {
    const kb = await loadKnowledgeBaseFromFiles();
    const press = kb.agreements.find((agreement) => agreement.kind === 'press-release')!;
    for (const section of press.sections) {
      expect(section.askedAs?.length, section.id).toBeGreaterThan(0);
      for (const questions of section.askedAs ?? []) expect(questions.length).toBeGreaterThanOrEqual(10);
    }
  });

  it('finds the sentence for a paraphrase only its questions word that way', () => {
    const question = 'Hur ska kommunen stötta snuten?';
    expect(bare.ask(question).kind).toBe('no-answer');
    const answer = asked.ask(question);
    expect(answer.kind).toBe('passage');
    expect(asked.shown(answer)).toContain('stötta polisen');
  });

  it('ranks the sentence whose questions fit above one that merely shares a word', () => {
    const question = 'Vad är poängen med avtalet?';
    expect(bare.shown(bare.ask(question))).not.toContain('förtydliga förväntningarna');
    expect(asked.shown(asked.ask(question))).toContain('förtydliga förväntningarna');
  });

  it('still refuses what no sentence states', () => {
    for (const question of ['Hur mycket kostar samarbetet per år?', 'Vem efterträdde regionpolischefen?', 'Vilket datum i maj går avtalet ut?']) {
      expect(asked.ask(question).kind, question).toBe('no-answer');
    }
  });
});
