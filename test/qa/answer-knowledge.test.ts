import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../cards/answer-card.ts';
import type { QaTopic } from '../../src/domain/qa-topic.ts';
import type { Answer } from '../../src/qa/answer.ts';
import { createQuestionAnswerer, type QuestionAnswerer } from '../../src/qa/answer-questions.ts';
import type { KnowledgeBase } from '../../src/qa/knowledge-base.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';

const now = new Date('2026-11-18T10:00:00+01:00');
let kb: KnowledgeBase;
let qa: QuestionAnswerer;

beforeAll(async () => {
  kb = await loadKnowledgeBaseFromFiles();
  qa = createQuestionAnswerer(kb);
});

const shown = (answer: Answer) => buildAnswerCard(answer).text;

describe('document facts', () => {
  it('gives the case number, the press release date and the press line directly', () => {
    expect(shown(qa.answer('ks-nummer?', { now }))).toContain('KS 2019/656');
    const date = qa.answer('När kom pressmeddelandet?', { now });
    expect(date.kind).toBe('fact');
    expect(shown(date)).toContain('29 januari 2019');
    expect(shown(qa.answer('press contact number?', { now }))).toContain('08-508 29 222');
  });

  it('names who stands behind the statement and who is quoted, with roles', () => {
    expect(shown(qa.answer('Vilka står bakom det särskilda uttalandet?', { now }))).toContain('Sara Grolander (MP)');
    expect(shown(qa.answer('vem är regionpolischef?', { now }))).toContain('Ulf Johansson');
    expect(shown(qa.answer('Mellan vilka parter är överenskommelsen?', { now }))).toContain('Polisregion Stockholm');
  });

  it('cites the press release for the validity, and says when the current agreement runs out', () => {
    const answer = qa.answer('när går det nuvarande avtalet ut?', { now });
    expect(answer.kind).toBe('agreement-validity');
    const text = shown(answer);
    expect(text).toContain('maj 2019');
    expect(text).toContain('Pressmeddelande');
  });
});

describe('honest refusal', () => {
  it.each([
    'hur mycket pengar får stadsdelarna för det här?',
    'vad tjänar en polis i lön?',
    'har Göteborg ett liknande avtal?',
    'var kan jag parkera vid stadshuset',
    'what did Karin Wanngård say?',
  ])('refuses "%s"', (question) => {
    expect(qa.answer(question, { now }).kind).toBe('no-answer');
  });
});

describe('follow-ups', () => {
  function chain(questions: string[]): Answer[] {
    let previous: QaTopic | undefined;
    return questions.map((question) => {
      const answer = qa.answer(question, { now, ...(previous ? { previous } : {}) });
      previous = answer.topic;
      return answer;
    });
  }

  it('reads "vad sa han?" against the person of the previous answer', () => {
    const [, said] = chain(['vem är regionpolischef?', 'vad sa han?']);
    expect(said?.kind).toBe('passage');
    expect(shown(said!)).toContain('Ulf Johansson');
  });

  it('reads "när kom pressmeddelandet om den?" after the case number', () => {
    const [first, second] = chain(['vilket diarienummer har överenskommelsen?', 'och när kom pressmeddelandet om den?']);
    expect(shown(first!)).toContain('KS 2019/656');
    expect(shown(second!)).toContain('29 januari 2019');
  });

  it('ignores the previous topic for a complete new question', () => {
    const [, school] = chain(['vem är finansborgarråd?', 'vad säger uttalandet om skolan?']);
    expect(school?.kind).toBe('passage');
    expect(shown(school!)).toContain('skolan är en viktig arena');
  });

  it('gives every knowledge answer a topic', () => {
    const topic = qa.answer('vad säger uttalandet om en levande stad?', { now }).topic;
    expect(topic).toMatchObject({ kind: 'passage', language: 'sv', agreementId: 'ks-2019-656', sectionId: 'en-levande-stad' });
  });
});

describe('two-part questions', () => {
  it('answers each part', () => {
    const answer = qa.answer('vilket diarienummer har den och när kom pressmeddelandet?', { now });
    expect(answer.kind).toBe('two-part');
    const text = shown(answer);
    expect(text).toContain('KS 2019/656');
    expect(text).toContain('29 januari 2019');
  });
});

describe('English', () => {
  it('gives an English gist under the Swedish quote', () => {
    const text = shown(qa.answer('what does the statement say about schools?', { now, language: 'en' }));
    expect(text).toContain('skolan är en viktig arena');
    expect(text).toContain('In English:');
  });
});

describe('curated answers', () => {
  it('answers a close variant with the coordinator\'s answer, and not a merely related question', () => {
    const curatedKb: KnowledgeBase = {
      ...kb,
      curated: [
        {
          tenantId: 'local',
          id: 'qa-pengar',
          type: 'curated-answer',
          questions: ['hur mycket pengar får stadsdelarna för det här?'],
          language: 'sv',
          answer: 'Det beslutas i budgeten, inte i avtalet.',
          by: { aadObjectId: 'x', name: 'Eva' },
          savedAt: '2026-11-17T10:00:00Z',
        },
      ],
    };
    const curated = createQuestionAnswerer(curatedKb);
    const answer = curated.answer('Hur mycket pengar far stadsdelarna for det har', { now });
    expect(answer.kind).toBe('curated');
    expect(shown(answer)).toContain('Svar från samordnare Eva');
    expect(curated.answer('vad säger uttalandet om stadsdelarna?', { now }).kind).not.toBe('curated');
  });
});
