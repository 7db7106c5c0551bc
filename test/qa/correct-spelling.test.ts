import { describe, expect, it } from 'vitest';
import { createSpellingCorrector, vocabularyOfPatterns } from '../../src/qa/correct-spelling.ts';

describe('vocabularyOfPatterns', () => {
  it('reads whole words and stems from pattern sources, leaving escapes and short runs out', () => {
    const vocabulary = vocabularyOfPatterns([/\b(rubrik\w*|headline|vad)\b/, /\bagreement\b|\p{L}+ klockslag/u]);
    expect(vocabulary.words).toEqual(expect.arrayContaining(['headline', 'agreement', 'klockslag']));
    expect(vocabulary.words).not.toContain('vad');
    expect(vocabulary.stems).toEqual(['rubrik']);
    expect(vocabularyOfPatterns([/\bheadlines?\b/]).words).toEqual(['headline', 'headlines']);
  });
});

describe('createSpellingCorrector', () => {
  const vocabulary = vocabularyOfPatterns([/\b(rubrik\w*|headline|agreement|behind|klockslag|beslutet|omfattar|compan\w*|kontakt|talking)\b/]);
  const correct = createSpellingCorrector(vocabulary, (folded) => folded === 'samverkan', { questionWords: ['vilket', 'varfor'], keywords: ['diarienummer', 'number'] });

  it('writes a misspelt pattern word as the word, and a misspelt stem with its ending kept', () => {
    expect(correct('vad är rbriken?')).toBe('vad är rubriken?');
    expect(correct('who is behiind the agreemeent')).toBe('who is behind the agreement');
    expect(correct('kolckslag?')).toBe('klockslag?');
    expect(correct('vliket år?')).toBe('vilket år?');
    expect(correct('vem är kntakt?')).toBe('vem är kontakt?');
    expect(correct('case numbr? diarenummer?')).toBe('case number? diarienummer?');
  });

  it('leaves inflections, other words, known words and short words alone', () => {
    expect(correct('är det beslutat?')).toBe('är det beslutat?');
    expect(correct('omfattas det?')).toBe('omfattas det?');
    expect(correct('compared to the old one')).toBe('compared to the old one');
    expect(correct('samverkan')).toBe('samverkan');
    expect(correct('behnd')).toBe('behnd');
    expect(correct('behiid')).toBe('behiid');
    expect(correct('taking part')).toBe('taking part');
  });
});
