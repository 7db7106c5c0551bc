import { describe, expect, it } from 'vitest';
import { both, defineTexts, t } from '../../cards/texts/catalogue.ts';

const X = defineTexts({
  title: { sv: 'Lägesrapport vecka {week} — {district}', en: 'Status report week {week} — {district}' },
  plain: { sv: 'Skicka', en: 'Send' },
  red: { sv: { one: '{count} röd', other: '{count} röda' }, en: { one: '{count} red', other: '{count} red' } },
  pending: {
    sv: { one: '{count} beslut behöver förankras', other: '{count} beslut behöver förankras' },
    en: { one: '{count} decision needs anchoring', other: '{count} decisions need anchoring' },
  },
});

describe('the typed catalogue', () => {
  it('fills placeholders in the language asked for', () => {
    expect(t(X.title, 'sv', { week: 47, district: 'Farsta' })).toBe('Lägesrapport vecka 47 — Farsta');
    expect(t(X.plain, 'en')).toBe('Send');
    expect(both(X.title, { week: 1, district: 'Bromma' })).toEqual({ sv: 'Lägesrapport vecka 1 — Bromma', en: 'Status report week 1 — Bromma' });
  });

  it('chooses the plural form the Swedish way', () => {
    expect(t(X.red, 'sv', { count: 1 })).toBe('1 röd');
    expect(t(X.red, 'sv', { count: 2 })).toBe('2 röda');
    expect(t(X.red, 'sv', { count: 0 })).toBe('0 röda');
    expect(both(X.pending, { count: 1 })).toEqual({ sv: '1 beslut behöver förankras', en: '1 decision needs anchoring' });
    expect(t(X.pending, 'en', { count: 2 })).toBe('2 decisions need anchoring');
  });

  it('never fills a value twice', () => {
    expect(t(X.title, 'sv', { week: '{district}', district: 'x' })).toBe('Lägesrapport vecka {district} — x');
  });

  it('refuses at compile time what would be wrong at run time', () => {
    // Each line below is a compile error; `tsc --noEmit` fails if one of them compiles.
    // @ts-expect-error the placeholders differ between the languages
    defineTexts({ bad: { sv: 'Vecka {week}', en: 'Week {wek}' } });
    // @ts-expect-error English is missing
    defineTexts({ bad: { sv: 'Vecka' } });
    // @ts-expect-error a plural form names a placeholder the other language does not
    defineTexts({ bad: { sv: { one: '{count} röd', other: '{count} röda i {district}' }, en: { one: '{count} red', other: '{count} red' } } });
    // @ts-expect-error a placeholder is missing
    expect(() => t(X.title, 'sv', { week: 1 })).not.toThrow();
    // @ts-expect-error values are required when the entry has placeholders
    expect(() => t(X.title, 'sv')).not.toThrow();
    // @ts-expect-error an entry without placeholders takes no values
    expect(() => t(X.plain, 'sv', { week: 1 })).not.toThrow();
    // @ts-expect-error a plural count is a number
    expect(() => t(X.red, 'sv', { count: '2' })).not.toThrow();
  });
});
