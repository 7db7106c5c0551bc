import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/qa/answer.ts';
import { createQuestionAnswerer, type QuestionAnswerer } from '../../src/qa/answer-questions.ts';
import type { KnowledgeBase } from '../../src/qa/knowledge-base.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';

const now = new Date('2026-11-18T10:00:00+01:00'); // Wednesday of 2026-W47
let kb: KnowledgeBase;
let qa: QuestionAnswerer;

beforeAll(async () => {
  kb = await loadKnowledgeBaseFromFiles();
  qa = createQuestionAnswerer(kb);
});

function ask<K extends Answer['kind']>(text: string, kind: K, locale?: string): Extract<Answer, { kind: K }> {
  const answer = qa.answer(text, { now, ...(locale ? { locale } : {}) });
  expect(answer.kind, `${text} → ${JSON.stringify(answer).slice(0, 200)}`).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

function sectionText(agreementId: string, sectionId: string): string {
  return kb.agreements.find((a) => a.id === agreementId)!.sections.find((s) => s.id === sectionId)!.text;
}

describe('loadKnowledgeBaseFromFiles', () => {
  it('adds the tenant and the document type and validates the files', async () => {
    const loaded = await loadKnowledgeBaseFromFiles('tenant-a');
    expect(loaded.agreements.length).toBeGreaterThan(0);
    expect(loaded.focusAreas.every((area) => area.tenantId === 'tenant-a' && area.type === 'focus-area')).toBe(true);
    expect(loaded.districts.every((district) => district.type === 'district')).toBe(true);
    expect(loaded.focusAreas.map((area) => area.order)).toEqual([...loaded.focusAreas.map((area) => area.order)].sort((a, b) => a - b));
  });
});

describe('createQuestionAnswerer', () => {
  it('lists the focus areas with the agreement they come from', () => {
    const answer = ask('vad ingår i samverkansavtalet?', 'focus-areas');
    expect(answer.language).toBe('sv');
    expect(answer.focusAreas.map((area) => area.id)).toEqual(kb.focusAreas.map((area) => area.id));
    expect(answer.agreement?.caseNumber).toBe('KS 2019/656');
    expect(answer.sources.length).toBeGreaterThan(0);
  });

  it('lists the agreements', () => {
    const answer = ask('vilka avtal finns', 'agreements');
    expect(answer.agreements.map((agreement) => agreement.id)).toEqual(kb.agreements.map((agreement) => agreement.id));
  });

  it('answers validity for the current agreement and for the predecessor', () => {
    expect(ask('hur länge gäller avtalet?', 'agreement-validity').agreement.id).toBe('ks-2019-656');
    expect(ask('hur länge gällde det gamla avtalet', 'agreement-validity').agreement.validity.sv).toContain('maj 2019');
    expect(ask('how long is the agreement valid', 'agreement-validity').language).toBe('en');
  });

  it('lists the districts', () => {
    expect(ask('vilka stadsdelar är med', 'districts').districts).toHaveLength(kb.districts.length);
  });

  it('names the owners of a focus area, or says the data does not', () => {
    const school = ask('vilka ansvarar för skolan som arena', 'focus-area');
    expect(school).toMatchObject({ aspect: 'owners', focusArea: { id: 'skolan-som-arena' } });
    expect(school.focusArea.owners).toContain('Polisen');
    // The documents name no owner for exit programmes: not stated, never a guess.
    const defectors = ask('vem har ansvar för avhoppare?', 'no-answer');
    expect(defectors).toMatchObject({ reason: 'not-stated', focusArea: { id: 'avhopparverksamhet' } });
  });

  it('describes a focus area', () => {
    expect(ask('vad är vbe', 'focus-area')).toMatchObject({ aspect: 'overview', focusArea: { id: 'valdsbejakande-extremism' } });
  });

  it('gives a district its local priorities, marked demo', () => {
    const answer = ask('lokala prioriteringar i Spånga', 'district');
    expect(answer.district).toMatchObject({ id: 'spanga-tensta', demo: true });
    expect(answer.district.localPriorities.length).toBeGreaterThan(0);
  });

  it('quotes the schools passage verbatim with its source', () => {
    const answer = ask('står det något om skolorna?', 'passage');
    const [first] = answer.passages;
    expect(first?.citation).toMatchObject({ agreementId: 'ks-2019-656', sectionId: 'skolan' });
    const quoted = first!.quote.replace(/^… /, '').replace(/ …$/, '').replace(/^"|"$/g, '');
    expect(sectionText('ks-2019-656', 'skolan')).toContain(quoted);
  });

  it('answers an English question in English, quoting the Swedish passage', () => {
    const answer = ask('what does the deal say about CCTV?', 'passage', 'en-US');
    expect(answer.language).toBe('en');
    expect(['omraden', 'regionpolischefen']).toContain(answer.passages[0]?.citation.sectionId);
    expect(answer.passages[0]?.quote).toMatch(/kamer/);
  });

  it('refuses out-of-scope questions in the question language', () => {
    expect(ask('kan du boka en lokal åt mig?', 'no-answer').language).toBe('sv');
    expect(ask('tell me a joke', 'no-answer').language).toBe('en');
  });

  it('offers help for greetings, help requests and empty text', () => {
    ask('hjälp', 'help');
    ask('hej', 'help');
    expect(ask('what can you do', 'help').language).toBe('en');
    ask('   ', 'help');
  });

  it('classifies status questions and extracts district, focus area and week', () => {
    expect(ask('Hur är läget i Rinkeby-Kista?', 'district-status')).toEqual({ kind: 'district-status', language: 'sv', districtId: 'rinkeby-kista' });
    expect(ask('Hur går det med kamerabevakningen?', 'district-status')).toEqual({ kind: 'district-status', language: 'sv', focusAreaId: 'kamerabevakning' });
    expect(ask('läget vecka 46', 'district-status')).toEqual({ kind: 'district-status', language: 'sv', week: '2026-W46' });
    expect(ask('how are things in Rinkeby-Kista last week', 'district-status')).toMatchObject({ language: 'en', districtId: 'rinkeby-kista', week: '2026-W46' });
  });

  it('classifies missing reports, summaries and the report command', () => {
    expect(ask('Vilka har inte rapporterat den här veckan?', 'missing-reports').week).toBe('2026-W47');
    expect(ask('sammanfattning vecka 45', 'summary').week).toBe('2026-W45');
    expect(ask('summary', 'summary').week).toBeUndefined();
    ask('jag vill rapportera', 'report-command');
    ask('i want to submit my report', 'report-command');
  });

  it('answers from a changed knowledge base after it is rebuilt', () => {
    const changed: KnowledgeBase = {
      ...kb,
      districts: kb.districts.map((d) => (d.id === 'farsta' ? { ...d, aliases: [...d.aliases, 'sköndal'] } : d)),
    };
    expect(createQuestionAnswerer(changed).answer('prioriteringar i sköndal', { now }).kind).toBe('district');
  });

  it('answers a very long message without failing (speed is measured by npm run bench:qa)', () => {
    expect(['passage', 'focus-area']).toContain(qa.answer('skolan '.repeat(20_000), { now }).kind);
  });
});
