import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfWords } from '../../src/qa/detect-language.ts';

describe('detectLanguage', () => {
  it('reads Swedish from function words and å, ä, ö', () => {
    expect(detectLanguage('vad ingår i samverkansavtalet?')).toBe('sv');
    expect(detectLanguage('vem har ansvar för avhoppare')).toBe('sv');
    expect(detectLanguage('hur ar laget i rinkeby')).toBe('sv');
  });

  it('reads the short commands of the action plan in an English client as Swedish', () => {
    expect(detectLanguage('mina uppgifter', 'en-US')).toBe('sv');
    expect(detectLanguage('nytt beslut', 'en-US')).toBe('sv');
    expect(detectLanguage('my tasks', 'sv-SE')).toBe('en');
  });

  it('reads English from function words and contractions', () => {
    expect(detectLanguage('what does the deal say about CCTV?')).toBe('en');
    expect(detectLanguage("who hasn't reported this week")).toBe('en');
    expect(detectLanguage('tell me a joke')).toBe('en');
  });

  it('lets the text win over the client locale', () => {
    expect(detectLanguage('står det något om skolorna?', 'en-US')).toBe('sv');
    expect(detectLanguage('what is in the agreement', 'sv-SE')).toBe('en');
  });

  it('falls back to the locale when the text is ambiguous, and to Swedish without one', () => {
    expect(detectLanguage('Rinkeby-Kista', 'en-US')).toBe('en');
    expect(detectLanguage('Rinkeby-Kista', 'sv-SE')).toBe('sv');
    expect(detectLanguage('CCTV')).toBe('sv');
    expect(detectLanguage('')).toBe('sv');
  });

  it('uses the knowledge base vocabulary for content words', () => {
    const vocabulary = { sv: new Set(['prioriteringar']), en: new Set(['priorities', 'local']) };
    expect(detectLanguage('local priorities rinkeby', undefined, vocabulary)).toBe('en');
    expect(detectLanguage('prioriteringar rinkeby', 'en-US', vocabulary)).toBe('sv');
  });
});

describe('a loanword', () => {
  it('does not turn a Swedish question English', () => {
    expect(detectLanguage('hur ser samverkan ut i city?', 'sv-SE')).toBe('sv');
    expect(detectLanguage('samverkan kring event i city', 'sv-SE')).toBe('sv');
    expect(detectLanguage('vad gäller för city-området')).toBe('sv');
  });
  it('still reads a short English question as English', () => {
    expect(detectLanguage('summary?')).toBe('en');
    expect(detectLanguage('who signed the statement')).toBe('en');
  });
});

describe('a language asked for in so many words', () => {
  it('answers in English for "and in English?" and in Swedish for "på svenska tack"', () => {
    expect(languageOfWords('and in English?')).toBe('en');
    expect(languageOfWords('kan du ta det på svenska?')).toBe('sv');
  });
});
