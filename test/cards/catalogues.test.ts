import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as answers from '../../cards/texts/answers.ts';
import { formsOf, type Text } from '../../cards/texts/catalogue.ts';
import * as coordinators from '../../cards/texts/coordinators.ts';
import * as documents from '../../cards/texts/documents.ts';
import * as help from '../../cards/texts/help.ts';
import * as jobs from '../../cards/texts/jobs.ts';
import * as notices from '../../cards/texts/notices.ts';
import * as plan from '../../cards/texts/plan.ts';
import * as report from '../../cards/texts/report.ts';
import * as roster from '../../cards/texts/roster.ts';
import * as schedule from '../../cards/texts/schedule.ts';
import * as status from '../../cards/texts/status.ts';
import * as summary from '../../cards/texts/summary.ts';

const catalogues = { answers, coordinators, documents, help, jobs, notices, plan, report, roster, schedule, status, summary };

/** Entries equal in both languages on purpose: names, abbreviations, deliberately empty. */
const SAME_IN_BOTH = new Set(['Status', 'status', 'Trend', 'Id', 'Version', '–', '', '👍', '👎']);
/** Entries deliberately empty in one language (Swedish needs no "quoted in Swedish" note). */
const MAY_BE_EMPTY = new Set(['answers.ANSWER_TEXTS.quotedInSwedish.sv']);

const isText = (value: unknown): value is Text => typeof value === 'object' && value !== null && 'sv' in value && 'en' in value;

/** Every entry of every catalogue, found by walking the exports (notices nest title and text). */
function entries(): Array<[string, Text]> {
  const found: Array<[string, Text]> = [];
  const walk = (path: string, value: unknown) => {
    if (isText(value)) found.push([path, value]);
    else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) walk(`${path}.${key}`, child);
  };
  for (const [name, module] of Object.entries(catalogues)) walk(name, module);
  return found;
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const namesOf = (form: Text['sv']) => new Set([...formsOf(form).flatMap(placeholders), ...(typeof form === 'string' ? [] : ['count'])]);
const fillDummy = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'count' ? '2' : 'X'));

describe('the text catalogues', () => {
  const all = entries();

  it('are found (every feature has one)', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(Object.keys(catalogues)).toHaveLength(12);
  });

  it.each(all)('%s has both languages, the same placeholders, and fills completely', (path, entry) => {
    for (const language of ['sv', 'en'] as const) {
      for (const form of formsOf(entry[language])) {
        if (!MAY_BE_EMPTY.has(`${path}.${language}`)) expect(form.trim(), `${path}.${language}`).not.toBe('');
        expect(fillDummy(form), `${path}.${language}`).not.toMatch(/[{}]/);
      }
    }
    expect([...namesOf(entry.sv)].sort()).toEqual([...namesOf(entry.en)].sort());
    // A plural entry's forms each name the same placeholders but count (Swedish may say "ett").
    const sv = JSON.stringify(entry.sv);
    const en = JSON.stringify(entry.en);
    if (sv === en) expect(SAME_IN_BOTH, `${path} is the same in Swedish and English`).toContain(typeof entry.sv === 'string' ? entry.sv : sv);
  });
});

/**
 * Card builders and bot handlers hold no user-visible words: those live in cards/texts/. A string
 * literal with Swedish letters or a common UI word is reported as file:line. Regex literals, lines
 * with RegExp or pattern (chat commands are input patterns, not output) and comments are skipped.
 */
describe('no user-visible words outside the catalogues', () => {
  const root = join(import.meta.dirname, '../..');
  const WORDS = /\b(och|inte|för|eller|skriv|välj|spara|skicka|ändra|uppgift|beslut|vecka|rapport|läget|hjälp|the|and|not|write|choose|save|send|change|task|decision|week|report|please|help)\b/i;
  /** Literals that are codes or wire formats, not words. */
  const ALLOWED: RegExp[] = [
    /^(behöver-förankras|förankrad|ej-aktuellt)$/, // decision anchoring codes of the domain
    /^[a-z]+(-[a-z]+)*$/, // codes: answer kinds, levels, route names (one lower-case token, no spaces)
    /^[a-z]+(\.[a-zA-Z]+)+$/, // verbs and input ids: task.save, task.newStatus
  ];
  /**
   * Files whose strings never reach a Teams user: the HTTP edge (API errors), the dev playground
   * launcher, and the tab's API and local dev host (the tab has its own catalogue, tab/src/texts.ts).
   */
  const NOT_CHAT = new Set(['bot/edge/create-http-app.ts', 'bot/edge/jobs-route.ts', 'bot/edge/playground.ts', 'bot/edge/tab-routes.ts', 'bot/edge/tab-dev-host.ts', 'bot/edge/tab-auth.ts']);
  /** Lines for developers: logs, thrown errors, zod schema messages. */
  const FOR_DEVELOPERS = /\b(log|logger)\.\w+\(|\.(warn|error|info|debug)\(|throw new|new \w*Error\(|\bz\.|\.(refine|regex)\(/;
  // Every source file of cards/ and bot/, in subfolders too, but the catalogues themselves.
  const files = ['cards', 'bot']
    .flatMap((dir) => (readdirSync(join(root, dir), { recursive: true }) as string[]).map((f) => `${dir}/${f}`))
    .filter((file) => file.endsWith('.ts') && !file.startsWith('cards/texts/') && !NOT_CHAT.has(file));
  const literal = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;

  it('finds none in cards/ and bot/', () => {
    expect(files).toContain('bot/features/plan.ts');
    const problems: string[] = [];
    for (const file of files) {
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const code = line.trim();
          if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*') || /RegExp|pattern/.test(code) || code.startsWith('import ') || FOR_DEVELOPERS.test(code)) return;
          // Regex literals (chat command patterns) are input, not output.
          const withoutRegex = code.replace(/(^|[=(,:!&|?]\s*)\/(?:[^/\\\n]|\\.)+\/[a-z]*/g, '$1');
          for (const match of withoutRegex.matchAll(literal)) {
            const value = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
            if (ALLOWED.some((pattern) => pattern.test(value))) continue;
            if (/[åäöÅÄÖ]/.test(value) || WORDS.test(value)) problems.push(`${file}:${index + 1}: ${match[0]}`);
          }
        });
    }
    expect(problems).toEqual([]);
  });
});
