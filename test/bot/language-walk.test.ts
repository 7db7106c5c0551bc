import { readFileSync, writeFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEMO_USER_AAD } from '../support/activities.ts';
import { findInput } from '../support/card-helpers.ts';
import { buttonsOf, CardWalk, choiceOf, shownValues, titleOf, type Card, type FormFiller, type FormValues, type WalkReply } from '../support/card-walk.ts';
import { classify, countWords, visibleStrings, type ReplyLanguage } from '../support/reply-language.ts';
import { startTestAppWithConnector } from '../support/test-app.ts';

/**
 * Issue 7, item 7, "one voice": the bot answers in the language the user writes in, whatever
 * the client's locale, and every card keeps answering in its own language when a button on it is
 * pressed. A black-box walk over HTTP: the demo admin (admin, steering member and contact of
 * Rinkeby-Kista) writes every command of the README, fills and sends every form, presses the
 * first button of every card, and does the same for the cards that brings; no reply may be in
 * the other language. Set LANGWALK_DUMP=<file> to write every reply with its word counts.
 */

const ZONE = 'Europe/Stockholm';
const today = DateTime.now().setZone(ZONE);
const lastWeek = today.minus({ weeks: 1 }).weekNumber;
const eightWeeksAgo = today.minus({ weeks: 8 }).weekNumber;

const SWEDISH_COMMANDS = [
  'vad ingår i samverkansavtalet?',
  'vem har ansvar för avhoppare?',
  'står det något om skolorna?',
  'rapportera',
  'hur är läget i rinkeby-kista?',
  'vilka har inte rapporterat?',
  'kör statusförfrågan nu',
  'kör påminnelse nu',
  'sammanfattning',
  `sammanfattning vecka ${lastWeek}`,
  'ny uppgift',
  'uppgift t-0001',
  'mina uppgifter',
  'försenade uppgifter i Farsta',
  'nytt beslut',
  'beslut',
  `återrapport v${eightWeeksAgo}-v${lastWeek}`,
  'hantera roller',
  'schema',
  'hjälp',
];

const ENGLISH_COMMANDS = [
  'what does the agreement cover?',
  'who is responsible for defectors?',
  'what does it say about schools?',
  'report',
  'how are things in rinkeby-kista?',
  'who has not reported?',
  'run status request now',
  'run reminder now',
  'summary',
  `summary week ${lastWeek}`,
  'new task',
  'task t-0001',
  'my tasks',
  'overdue tasks in Farsta',
  'new decision',
  'decisions',
  `report W${eightWeeksAgo}-W${lastWeek}`,
  'manage roles',
  'schedule',
  'help',
];

/** The jobs run from chat answer at once and send their report when done. */
const JOB_COMMANDS = new Set(['kör statusförfrågan nu', 'kör påminnelse nu', 'run status request now', 'run reminder now']);
const jobReport = {
  describe: 'the job report (a card without inputs or buttons)',
  match: (card: Card) => buttonsOf(card).length === 0 && !JSON.stringify(card.body ?? []).includes('"Input.'),
};

// Proper names are no language: people of the demo roster, the source documents' names.
const roster = JSON.parse(readFileSync(new URL('../../data/demo-roster.json', import.meta.url), 'utf8')) as { entries: Array<{ name: string }> };
const agreements = JSON.parse(readFileSync(new URL('../../data/agreements.json', import.meta.url), 'utf8')) as Array<{ document?: string }>;
const PROPER_NAMES = ['Alex Wilber', ...roster.entries.map((e) => e.name), ...agreements.map((a) => a.document ?? '')];

const SECOND_PERSON = '00000000-0000-0000-0000-00000000d002'; // Demokontakt Farsta, a plain contact

/** What the demo admin types into the forms, in the language they write in. */
function typedTexts(language: ReplyLanguage) {
  return language === 'sv'
    ? { statusComment: 'Oro kring stationen på kvällarna', taskComment: 'Trygghetsvandring bokad', decision: 'Styrgruppen ställer sig bakom kartläggningen av otrygga platser (demodata)', due: 'vecka 6' }
    : { statusComment: 'Concern around the station in the evenings', taskComment: 'Safety walk booked', decision: 'The steering group backs the mapping of unsafe places (demo data)', due: 'week 6' };
}
const TASK_TITLE = 'Kartlägga otrygga platser kring tunnelbanan';
const TASK_OWNER = 'trafikkontoret';

/** Fills every form the walk meets; a form it cannot fill (an input or choice missing) fails the walk. */
function formFiller(language: ReplyLanguage): FormFiller {
  const typed = typedTexts(language);
  const byId = (inputs: Card[]) => new Map(inputs.map((input) => [String(input.id), input]));
  return {
    fill(verb, inputs, card) {
      const values: FormValues = shownValues(inputs);
      const input = (id: string) => {
        const found = byId(inputs).get(id) ?? findInput(card, id);
        if (!found) throw new Error(`${verb}: the card has no input ${id}`);
        return found;
      };
      switch (verb) {
        case 'status.submit': {
          const levels = inputs.filter((i) => String(i.id).startsWith('level.'));
          if (levels.length === 0) throw new Error('status.submit: no level inputs');
          levels.forEach((level, index) => (values[String(level.id)] = choiceOf(level, ['green', 'yellow', 'red'][index % 3]!)));
          const comment = inputs.find((i) => String(i.id).startsWith('comment.'));
          if (!comment) throw new Error('status.submit: no comment input');
          values[String(comment.id)] = typed.statusComment;
          break;
        }
        case 'task.save':
          values[String(input('task.title').id)] = TASK_TITLE;
          values['task.focusArea'] = choiceOf(input('task.focusArea'), 'kamerabevakning');
          values['task.district'] = choiceOf(input('task.district'), 'farsta');
          input('task.ownerName');
          values['task.ownerName'] = TASK_OWNER;
          values['task.ownerKind'] = choiceOf(input('task.ownerKind'), 'forvaltning');
          values['task.assignee'] = choiceOf(input('task.assignee'), DEMO_USER_AAD);
          input('task.due');
          values['task.due'] = typed.due;
          break;
        case 'task.status': {
          const status = inputs.find((i) => i.type === 'Input.ChoiceSet');
          const choices = (status?.choices as Array<{ value: string }> | undefined) ?? [];
          const next = choices.find((c) => c.value !== status?.value);
          if (!status || !next) throw new Error('task.status: no status to change to');
          values[String(status.id)] = next.value;
          break;
        }
        case 'task.comment': {
          const text = inputs.find((i) => i.type === 'Input.Text');
          if (!text) throw new Error('task.comment: no comment input');
          values[String(text.id)] = typed.taskComment;
          break;
        }
        case 'decision.save':
          input('decision.text');
          values['decision.text'] = typed.decision;
          values['decision.anchoring'] = choiceOf(input('decision.anchoring'), 'behöver-förankras');
          input('decision.date');
          break;
        case 'roster.change':
          // The smallest real change: make a district contact a steering member too.
          values['roster.role'] = choiceOf(input('roster.role'), 'steering');
          values['roster.person'] = choiceOf(input('roster.person'), SECOND_PERSON);
          break;
        default:
          // schedule.save and anything else: send it as shown.
          break;
      }
      const missing = inputs.filter((i) => i.isRequired === true && !values[String(i.id)]).map((i) => String(i.id));
      if (missing.length > 0) throw new Error(`${verb}: required inputs left empty: ${missing.join(', ')}`);
      return values;
    },
    expectProactive(verb, data, response) {
      // A new task with an assignee: the assignee (here the demo admin) gets a card about it.
      if (verb !== 'task.save' || data.taskId || !data['task.assignee']) return undefined;
      const taskId = buttonsOf(response ?? {}).find((b) => b.kind === 'execute' && typeof b.data.taskId === 'string');
      const id = taskId?.kind === 'execute' ? String(taskId.data.taskId) : '(no task was created)';
      return (card) => JSON.stringify(card).includes(`"taskId":"${id}"`);
    },
  };
}

/**
 * A reply that says a step did not work (an error, a refusal, a form sent back, a task not found):
 * the walk is then not testing what it should, whatever the language.
 */
const FAILED_STEP = /Inget har sparats|Nothing has been saved|Inget har ändrats|Nothing (has been|was) changed|Något gick fel|Something went wrong|Tjänsten är upptagen|The service is busy|Okänd knapp|Unknown button|Det får du inte göra|You are not allowed|Hittades inte|Not found/;

function failedSteps(replies: WalkReply[]): string[] {
  return replies.flatMap((reply) => {
    const shown = [...(reply.card ? visibleStrings(reply.card) : []), reply.text ?? ''].join('\n');
    const failure = FAILED_STEP.exec(shown)?.[0];
    return failure ? [`${reply.step} → ${reply.via} "${titleOf(reply)}": ${failure}`] : [];
  });
}

interface Verdict {
  reply: WalkReply;
  title: string;
  sv: string[];
  en: string[];
  language: ReplyLanguage | undefined;
}

function judge(replies: WalkReply[], ignore: string[]): Verdict[] {
  return replies.map((reply) => {
    const strings = [...(reply.card ? visibleStrings(reply.card) : []), ...(reply.text ? [reply.text] : []), ...(reply.summary ? [reply.summary] : [])];
    const count = countWords(strings, ignore);
    return { reply, title: titleOf(reply), ...count, language: classify(count) };
  });
}

const unique = (words: string[]) => [...new Set(words)].join(', ');

/** A reply in the right language that still shows some words of the other (a label, a raw value). */
const MIXED_THRESHOLD = 2;

function describeMixed(verdicts: Verdict[], wrong: ReplyLanguage): string {
  return verdicts
    .filter((v) => v.language !== wrong && v[wrong].length >= MIXED_THRESHOLD)
    .map((v) => `- ${v.reply.step} → ${v.reply.via} "${v.title}": ${wrong === 'en' ? 'English' : 'Swedish'} words ${unique(v[wrong])} among ${v[wrong === 'en' ? 'sv' : 'en'].length} others`)
    .join('\n');
}

function describeOffenders(verdicts: Verdict[], wrong: ReplyLanguage): string {
  return verdicts
    .filter((v) => v.language === wrong)
    .map((v) => `- ${v.reply.step} → ${v.reply.via} "${v.title}": ${wrong === 'en' ? 'English' : 'Swedish'} words ${unique(v[wrong])} (${v[wrong].length} vs ${v[wrong === 'en' ? 'sv' : 'en'].length})`)
    .join('\n');
}

function dump(file: string | undefined, name: string, verdicts: Verdict[], problems: string[]) {
  if (!file) return;
  const lines = verdicts.map((v) => `${v.language ?? '??'} | ${v.reply.step} | ${v.reply.via} | ${v.title} | sv(${v.sv.length}): ${unique(v.sv)} | en(${v.en.length}): ${unique(v.en)}`);
  const previous = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  })();
  writeFileSync(file, `${previous}\n# ${name}\n${lines.join('\n')}\n## problems\n${problems.join('\n')}\n## replies\n${JSON.stringify(verdicts.map((v) => v.reply), null, 1)}\n`);
}

async function walkAll(locale: string, commands: string[], language: ReplyLanguage) {
  const testApp = await startTestAppWithConnector();
  const walk = new CardWalk({ botUrl: testApp.app.url, connector: testApp.connector, locale, filler: formFiller(language) });
  try {
    for (const command of commands) await walk.command(command, JOB_COMMANDS.has(command) ? { background: jobReport } : {});
  } finally {
    // Stopping the app waits for background work under way; what it sends late is judged too.
    await testApp.stop();
  }
  walk.collectLeftovers();
  const typed = Object.values(typedTexts(language));
  const ignore = [...PROPER_NAMES, ...typed, TASK_TITLE, TASK_OWNER, 'Trafikkontoret'];
  return { walk, verdicts: judge(walk.replies, ignore) };
}

describe('one voice: every reply of a walk through all commands, forms and buttons is in the language written in', () => {
  it('Swedish commands in an en-US client: no reply is English', { timeout: 120_000 }, async () => {
    const { walk, verdicts } = await walkAll('en-US', SWEDISH_COMMANDS, 'sv');
    dump(process.env.LANGWALK_DUMP, 'sv commands, en-US client', verdicts, walk.problems);
    expect(walk.replies.length).toBeGreaterThan(SWEDISH_COMMANDS.length);
    expect.soft([...walk.problems, ...failedSteps(walk.replies)], 'steps that failed for another reason than language').toEqual([]);
    const offenders = describeOffenders(verdicts, 'en');
    expect.soft(offenders, `English replies in a Swedish conversation:\n${offenders}`).toBe('');
    const mixed = describeMixed(verdicts, 'en');
    expect.soft(mixed, `Swedish replies with English words in them:\n${mixed}`).toBe('');
  });

  it('English commands in a sv-SE client: no reply is Swedish', { timeout: 120_000 }, async () => {
    const { walk, verdicts } = await walkAll('sv-SE', ENGLISH_COMMANDS, 'en');
    dump(process.env.LANGWALK_DUMP, 'en commands, sv-SE client', verdicts, walk.problems);
    expect(walk.replies.length).toBeGreaterThan(ENGLISH_COMMANDS.length);
    expect.soft([...walk.problems, ...failedSteps(walk.replies)], 'steps that failed for another reason than language').toEqual([]);
    const offenders = describeOffenders(verdicts, 'sv');
    expect.soft(offenders, `Swedish replies in an English conversation:\n${offenders}`).toBe('');
    const mixed = describeMixed(verdicts, 'sv');
    expect.soft(mixed, `English replies with Swedish words in them:\n${mixed}`).toBe('');
  });
});
