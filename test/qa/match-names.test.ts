import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/qa/knowledge-base.ts';
import { loadKnowledgeBaseFromFiles } from '../../src/qa/load-knowledge-base.ts';
import { createNameMatcher, type NameMatcher } from '../../src/qa/match-names.ts';

let kb: KnowledgeBase;
let matcher: NameMatcher;

beforeAll(async () => {
  kb = await loadKnowledgeBaseFromFiles();
  matcher = createNameMatcher(kb, kb.agreements.flatMap((agreement) => agreement.sections.map((section) => section.text)));
});

function best(text: string, language: 'sv' | 'en' = 'sv') {
  const [first] = matcher.match(text, language);
  return first ? `${first.kind}:${first.id}` : undefined;
}

describe('createNameMatcher', () => {
  it.each([
    ['rinkeby', 'district:rinkeby-kista'],
    ['Rinkeby-Kista', 'district:rinkeby-kista'],
    ['Rinkby', 'district:rinkeby-kista'],
    ['Spånga', 'district:spanga-tensta'],
    ['hässelby', 'district:hasselby-vallingby'],
    ['hasselby', 'district:hasselby-vallingby'],
    ['skärholmens prioriteringar', 'district:skarholmen'],
    ['hur är läget i husby', 'district:rinkeby-kista'],
    ['kamerabevakningen', 'focus-area:kamerabevakning'],
    ['kamerabevakningsfrågorna', 'focus-area:kamerabevakning'],
    ['skjutningar', 'focus-area:skjutvapenvald'],
    ['skjutvapenvåldet', 'focus-area:skjutvapenvald'],
    ['VBE', 'focus-area:valdsbejakande-extremism'],
    ['tältläger', 'focus-area:olagliga-bosattningar'],
    ['ordningsvakterna', 'focus-area:ordningsvakter'],
    ['CCTV', 'focus-area:kamerabevakning'],
  ])('finds %s', (text, expected) => {
    expect(best(text)).toBe(expected);
  });

  it('finds a district and a focus area in the same question', () => {
    const kinds = matcher.match('hur går det med skjutningarna i husby', 'sv').map((match) => `${match.kind}:${match.id}`);
    expect(kinds).toEqual(expect.arrayContaining(['district:rinkeby-kista', 'focus-area:skjutvapenvald']));
  });

  it('needs every word of a multi-word name', () => {
    expect(best('en levande stad')).toBe('focus-area:en-levande-stad');
    expect(best('stadens arbete')).toBeUndefined();
  });

  it.each([
    ['ska'],
    ['vad ska vi göra'],
    ['lista alla avtal'],
    ['när skrevs det första avtalet under'],
    ['kan du boka en lokal åt mig'],
    ['stad'],
  ])('does not take "%s" for a name', (text) => {
    expect(matcher.match(text, 'sv')).toEqual([]);
  });

  it('does not read the English word "city" as the Norrmalm district', () => {
    expect(best('what does the deal say about the city', 'en')).toBeUndefined();
    expect(best('vad händer i city', 'sv')).toBe('district:norrmalm');
  });
});
