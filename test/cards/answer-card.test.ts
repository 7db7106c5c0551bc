import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../cards/answer-card.ts';
import type { Answer } from '../../src/qa/answer.ts';
import { createQuestionAnswerer, type QuestionAnswerer } from '../../src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { parseProblems } from '../support/parse-card.ts';

// The official parser; its ESM build does not load in Node, the UMD bundle does (parse only, no render).
const now = new Date('2026-11-18T10:00:00+01:00');
let qa: QuestionAnswerer;

beforeAll(async () => {
  qa = createQuestionAnswerer(await loadKnowledgeBaseFromFiles());
});

const QUESTIONS: Array<[string, Answer['kind']]> = [
  ['vad ingår i samverkansavtalet?', 'focus-areas'],
  ['which agreements are there', 'agreements'],
  ['hur länge gäller avtalet?', 'agreement-validity'],
  ['vilka stadsdelar är med', 'districts'],
  // The documents name no owner: an honest "not stated" that says whom to ask.
  ['vem har ansvar för avhoppare?', 'no-answer'],
  // Not stated, with the nearest passage shown ("regelbundet" gives no period).
  ['hur ofta ska styrgruppen återrapportera, varje kvartal?', 'no-answer'],
  // A summary: every section's opening sentence.
  ['sammanfatta uttalandet', 'passage'],
  ['vilket diarienummer har överenskommelsen?', 'fact'],
  ['vem är regionpolischef och vad sa han om kameror', 'two-part'],
  ['who owns the school work', 'focus-area'],
  ['lokala prioriteringar rinkeby', 'district'],
  ['står det något om skolorna?', 'passage'],
  ['what does the deal say about CCTV?', 'passage'],
  ['hjälp', 'help'],
  ['help', 'help'],
  ['kan du boka en lokal åt mig?', 'no-answer'],
  ['tell me a joke', 'no-answer'],
  ['läget vecka 46', 'district-status'],
  ['vilka har inte rapporterat', 'missing-reports'],
  ['summary week 45', 'summary'],
  ['jag vill rapportera', 'report-command'],
];

describe('buildAnswerCard', () => {
  it.each(QUESTIONS)('builds a valid, small Adaptive Card 1.5 for "%s" (%s)', (question, kind) => {
    const answer = qa.answer(question, { now });
    expect(answer.kind).toBe(kind);
    const { card, text } = buildAnswerCard(answer);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', $schema: expect.stringContaining('adaptive-card') });
    expect(parseProblems(card)).toEqual([]);
    expect(JSON.stringify(card).length).toBeLessThan(28 * 1024);
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain('**');
  });

  it.each(QUESTIONS)('suggests a next question as an "ask" button in the answer\'s language for "%s"', (question) => {
    const answer = qa.answer(question, { now });
    const { card } = buildAnswerCard(answer);
    expect(card.actions?.length).toBeGreaterThan(0);
    for (const action of card.actions ?? []) {
      const data = { verb: 'ask', question: action.title, lang: answer.language };
      // Action.Execute answers in place; the Action.Submit fallback carries the same data (no imBack: the Playground cannot send one).
      expect(action).toMatchObject({ type: 'Action.Execute', verb: 'ask', data, fallback: { type: 'Action.Submit', data } });
    }
  });

  it('suggests only questions the answerer can answer, in the same language', () => {
    for (const [question] of QUESTIONS) {
      const answer = qa.answer(question, { now });
      for (const action of buildAnswerCard(answer).card.actions ?? []) {
        const next = qa.answer(String(action.title), { now });
        expect(next.kind, `${question} → ${String(action.title)}`).not.toBe('no-answer');
        expect(next.language, `${question} → ${String(action.title)}`).toBe(answer.language);
      }
    }
  });

  it('writes the user-visible text in the answer language', () => {
    expect(buildAnswerCard(qa.answer('kan du boka en lokal åt mig?', { now })).text).toContain('Jag hittade inget svar');
    expect(buildAnswerCard(qa.answer('tell me a joke', { now })).text).toContain('I found no answer');
    const english = buildAnswerCard(qa.answer('what does the deal say about CCTV?', { now })).text;
    expect(english).toContain('Source:');
    expect(english).toContain('Quoted in Swedish');
  });

  it('cites document and section for every quoted passage', () => {
    const { text } = buildAnswerCard(qa.answer('står det något om skolorna?', { now }));
    expect(text).toContain('Källa: Särskilt uttalande');
    expect(text).toContain('Skolan som arena för förebyggande arbete');
  });

  it('says who to ask when the data names no owner', () => {
    const { text } = buildAnswerCard(qa.answer('vem har ansvar för avhoppare?', { now }));
    expect(text).toContain('Fråga styrgruppen');
    const english = buildAnswerCard(qa.answer('who is responsible for exit programmes', { now })).text;
    expect(english).toContain('Ask the steering group');
  });

  it('marks demo data', () => {
    const { text } = buildAnswerCard(qa.answer('lokala prioriteringar rinkeby', { now }));
    expect(text).toContain('Demodata');
  });

  it('builds the welcome help card from just a kind and a language, as the bot does', () => {
    const { card } = buildAnswerCard({ kind: 'help', language: 'en' });
    expect(parseProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('What you can ask me');
  });

  it('rejects a broken card (the validator works)', () => {
    expect(parseProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }] }).length).toBeGreaterThan(0);
  });
});
