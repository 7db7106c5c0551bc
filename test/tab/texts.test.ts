import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, languageOf, TAB_TEXTS } from '../../tab/src/texts.ts';

const placeholders = (form: unknown): string[] => {
  const forms = typeof form === 'string' ? [form] : Object.values(form as Record<string, string>);
  return [...new Set(forms.flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
};

describe('the tab’s text catalogue (tab/src/texts.ts)', () => {
  const sv = TAB_TEXTS.sv as Record<string, unknown>;
  const en = TAB_TEXTS.en as Record<string, unknown>;

  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(sv).length).toBeGreaterThan(80);
  });

  it.each(Object.keys(sv))('%s: both languages non-empty, same placeholders, same shape', (key) => {
    expect(typeof en[key]).toBe(typeof sv[key]);
    expect(placeholders(en[key])).toEqual(placeholders(sv[key]));
    for (const form of [sv[key], en[key]].flatMap((f) => (typeof f === 'string' ? [f] : Object.values(f as Record<string, string>)))) expect(form.trim()).not.toBe('');
  });

  it('chooses Swedish plurals by count and English for an en-* locale, Swedish otherwise', () => {
    expect(format('sv', 'countRed', { count: 1 })).toBe('1 röd');
    expect(format('sv', 'countRed', { count: 3 })).toBe('3 röda');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('sv-SE')).toBe('sv');
    expect(languageOf('fi-FI')).toBe('sv');
    expect(languageOf(undefined)).toBe('sv');
  });

  it('is where the views’ words are: no Swedish letters in the tab’s components', () => {
    const dir = join(import.meta.dirname, '../../tab/src');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(5);
    const problems = files.flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/^\s*(\/\/|\*|\/\*)/.test(line) || !/[åäöÅÄÖ]/.test(line) ? [] : [`${file}:${i + 1}`])),
    );
    expect(problems).toEqual([]);
  });
});
