import type { Language, Localized } from '../src/domain/model.ts';
import type { Answer, Citation, Passage } from '../src/qa/answer.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { suggestionAction } from './suggestion-action.ts';
import { buildHelpCard } from './help-card.ts';
import { both, t } from './texts/catalogue.ts';
import { DateTime } from 'luxon';
import { ANSWER_TEXTS as T, ASK_TEXTS as ASK, FACT_TEXTS, NO_ANSWER_EXAMPLES } from './texts/answers.ts';

type Element = Record<string, unknown>;
type Text = Localized;

/** A small builder that writes the card and its plain-text fallback from the same lines. */
class CardWriter {
  readonly body: Element[] = [];
  readonly actions: Element[] = [];
  readonly lines: string[] = [];

  constructor(readonly language: Language) {}

  t(text: Text): string {
    return text[this.language];
  }

  title(text: string): this {
    this.body.push({ type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' });
    this.lines.push(text);
    return this;
  }

  text(text: string, options: Element = {}): this {
    if (!text) return this;
    this.body.push({ type: 'TextBlock', text, wrap: true, spacing: 'Small', ...options });
    this.lines.push(text);
    return this;
  }

  note(text: string): this {
    return this.text(text, { isSubtle: true, size: 'Small' });
  }

  list(items: string[]): this {
    return this.text(items.map((item) => `- ${item}`).join('\n'));
  }

  quote(passage: Passage): this {
    // English readers get the data's English gist under the Swedish quote, which is always shown.
    const quoteLine = `”${passage.quote}”${passage.speaker ? ` — ${passage.speaker[this.language]}` : ''}`;
    const gist = this.language === 'en' && passage.gistEn ? t(T.gist, 'en', { gist: passage.gistEn }) : '';
    this.body.push({
      type: 'Container',
      style: 'emphasis',
      spacing: 'Small',
      items: [
        { type: 'TextBlock', text: quoteLine, wrap: true, isSubtle: false },
        ...(gist ? [{ type: 'TextBlock', text: gist, wrap: true, isSubtle: true, spacing: 'Small' }] : []),
        { type: 'TextBlock', text: citationText(passage.citation, this.language), wrap: true, isSubtle: true, size: 'Small', spacing: 'Small' },
      ],
    });
    this.lines.push(quoteLine, ...(gist ? [gist] : []), citationText(passage.citation, this.language));
    return this;
  }

  suggest(question: Text): this {
    const value = this.t(question);
    if (this.actions.length < 3 && !this.actions.some((action) => action.title === value)) {
      this.actions.push(suggestionAction(value, this.language));
    }
    return this;
  }

  build(): { card: AdaptiveCardJson; text: string } {
    const suggestions = this.actions.map((action) => `» ${String(action.title)}`);
    // The fallback is plain text: no Markdown emphasis.
    const text = [...this.lines, ...suggestions].join('\n').replace(/\*\*/g, '');
    return { card: adaptiveCard(this.body, this.actions, text.slice(0, 1000)), text };
  }
}

function citationText(citation: Citation, language: Language): string {
  const section = citation.sectionTitle[language];
  const date = citation.date ? formatDate(citation.date, language) : undefined;
  const where = !citation.sectionId
    ? date ? t(T.documentDated, language, { document: citation.document, date }) : citation.document
    : date ? t(T.citationDated, language, { document: citation.document, section, date }) : t(T.citation, language, { document: citation.document, section });
  return t(T.source, language, { document: where });
}

// Citations carry a handful of dates and luxon's locale formatting is slow, so each is formatted once.
const formattedDates = new Map<string, string>();
function formatDate(iso: string, language: Language): string {
  const key = `${language}:${iso}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    const date = DateTime.fromISO(iso);
    formatted = date.isValid ? date.setLocale(language === 'sv' ? 'sv' : 'en-GB').toLocaleString(DateTime.DATE_FULL) : iso;
    if (formattedDates.size < 10_000) formattedDates.set(key, formatted);
  }
  return formatted;
}

/**
 * A focus area's line: what the documents say about it, or its name alone when they say nothing
 * more. In English with the documents' Swedish name, quoted, so the reader can find it in the source.
 */
function areaLine(area: { name: Text; summary: Text }, language: Language): string {
  const sameAsName = area.summary[language].trim().toLowerCase() === area.name[language].trim().toLowerCase();
  const swedish = language === 'en' && area.name.sv.toLowerCase() !== area.name.en.toLowerCase() ? ` (”${lower(area.name.sv)}”)` : '';
  return sameAsName ? `**${area.name[language]}**${swedish}` : `**${area.name[language]}**${swedish}: ${area.summary[language]}`;
}

/** A title with the week when the question named one: "Läget vecka 47", else "Läget". */
function weekTitle(plain: Text, withWeek: typeof T.statusWeekTitle | typeof T.missingWeekTitle | typeof T.summaryWeekTitle, week: string | undefined, language: Language): string {
  return week ? t(withWeek, language, { week: Number(week.slice(6)) }) : t(plain, language);
}

function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * The reply card for an answer: Adaptive Card 1.5, compact enough for a phone, with buttons for
 * the natural next question, plus the same content as plain text. Answers that need live data
 * (status, summaries) get a holding card here; the bot normally builds those itself.
 */
export function buildAnswerCard(answer: Answer): { card: AdaptiveCardJson; text: string } {
  if (answer.kind === 'help') {
    // Without roles the help card shows what everyone can ask; the bot passes roles when it knows them.
    return buildHelpCard({ language: answer.language, roles: { admin: false, steering: false, contact: false }, inChannel: false });
  }
  const w = new CardWriter(answer.language);
  writeAnswer(w, answer);
  return w.build();
}

function writeAnswer(w: CardWriter, answer: Answer): void {
  const lang = answer.language;
  switch (answer.kind) {
    case 'focus-areas': {
      w.title(t(T.focusAreas, lang));
      if (answer.agreement) {
        const a = answer.agreement;
        w.note(`${t(T.from, lang, { title: a.title[lang] })}${a.caseNumber ? ` (${a.caseNumber})` : ''}. ${a.validity[lang]}`);
      }
      w.list(answer.focusAreas.map((area) => areaLine(area, lang)));
      if (answer.sources.length > 0) {
        w.note(t(T.sources, lang, { sources: answer.sources.map((c) => t(T.citation, lang, { document: c.document, section: c.sectionTitle[lang] })).join('; ') }));
      }
      w.suggest(ASK.validity).suggest(ASK.caseNumber);
      break;
    }
    case 'agreements': {
      w.title(t(T.agreements, lang));
      for (const a of answer.agreements) {
        w.text(`**${a.title[lang]}**${a.caseNumber ? ` (${a.caseNumber})` : ''}`);
        w.note(`${a.validity[lang]}${a.demo ? ` ${t(T.demo, lang)}` : ''}`);
      }
      w.suggest(ASK.validity).suggest(ASK.whatIsIncluded);
      break;
    }
    case 'agreement-validity': {
      const a = answer.agreement;
      w.title(t(T.validity, lang));
      w.text(`**${a.title[lang]}**${a.caseNumber ? ` (${a.caseNumber})` : ''}`);
      w.text(a.validity[lang]);
      if (answer.evidence) {
        w.quote(answer.evidence);
        w.note(t(T.quotedInSwedish, lang));
      } else w.note(t(T.source, lang, { document: a.document }));
      w.suggest(ASK.whatIsIncluded).suggest(ASK.caseNumber);
      break;
    }
    case 'districts': {
      w.title(t(T.districts, lang));
      w.text(answer.districts.map((d) => d.name).join(' · '));
      if (answer.districts.some((d) => d.demo)) w.note(t(T.demoDistricts, lang));
      const first = answer.districts[0];
      if (first) w.suggest(both(ASK.priorities, { name: first.name })).suggest(both(ASK.districtStatus, { name: first.name }));
      break;
    }
    case 'focus-area': {
      const area = answer.focusArea;
      w.title(area.name[lang]);
      const owners = area.owners.length > 0 ? `**${t(T.owners, lang)}:** ${area.owners.join(', ')}` : t(T.noOwners, lang);
      const summary = area.summary[lang] === area.name[lang] ? '' : area.summary[lang];
      if (answer.aspect === 'owners') w.text(owners).text(summary);
      else w.text(summary).text(owners);
      if (answer.source) {
        w.quote(answer.source);
        w.note(t(T.quotedInSwedish, lang));
      }
      if (answer.aspect === 'owners') w.suggest(both(ASK.status, { name: lower(area.name[lang]) }));
      w.suggest(ASK.whatIsIncluded);
      break;
    }
    case 'district': {
      const d = answer.district;
      w.title(d.name);
      w.text(`**${t(T.localPriorities, lang)}**`);
      if (d.localPriorities.length > 0) w.list(d.localPriorities.map((priority) => priority[lang]));
      else w.text(t(T.noPriorities, lang));
      if (d.demo) w.note(t(T.demo, lang));
      w.suggest(both(ASK.districtStatus, { name: d.name })).suggest(ASK.districts);
      break;
    }
    case 'passage': {
      w.title(t(T.passageTitle, lang));
      for (const passage of answer.passages) w.quote(passage);
      w.note(t(T.quotedInSwedish, lang));
      w.suggest(ASK.whatIsIncluded).suggest(ASK.help);
      break;
    }
    case 'fact': {
      w.title(t(FACT_TEXTS[answer.fact], lang));
      w.text(`**${answer.value[lang]}**`);
      if (answer.evidence) {
        w.quote(answer.evidence);
        w.note(t(T.quotedInSwedish, lang));
      } else w.note(citationText(answer.citation, lang));
      if (answer.fact !== 'case-number') w.suggest(ASK.caseNumber);
      if (answer.fact !== 'date') w.suggest(ASK.pressDate);
      if (answer.fact !== 'authors') w.suggest(ASK.authors);
      break;
    }
    case 'two-part':
      for (const part of answer.parts) {
        if (part.answer.kind === 'no-answer') w.title(part.question).text(t(T.partNotStated, lang));
        else if (part.answer.kind !== 'help' && part.answer.kind !== 'two-part') writeAnswer(w, part.answer);
      }
      break;
    case 'curated': {
      // A coordinator wrote it: shown as written, never as links or images.
      w.title(t(T.curatedTitle, lang, { name: escapeMarkdown(answer.by) }));
      w.text(escapeMarkdown(answer.text));
      if (answer.textLanguage !== lang) w.note(t(T.curatedOtherLanguage, lang));
      if (answer.source) w.note(t(T.source, lang, { document: answer.source }));
      w.note(t(T.curatedSaved, lang, { date: formatDate(answer.savedAt.slice(0, 10), lang) }));
      w.suggest(ASK.whatIsIncluded);
      break;
    }
    case 'help':
      break;
    case 'no-answer': {
      if (answer.reason === 'not-stated') {
        w.title(t(T.notStatedTitle, lang));
        if (answer.nearest) {
          w.text(t(T.notStatedNearest, lang)).quote(answer.nearest);
          w.note(t(T.quotedInSwedish, lang));
        }
        // With the nearest passage shown, "the documents say nothing" would contradict it: only the next step.
        w.text(answer.focusArea ? t(T.notStatedOwners, lang, { name: lower(answer.focusArea.name[lang]) }) : t(answer.nearest ? T.notStatedAsk : T.notStatedText, lang));
        for (const example of NO_ANSWER_EXAMPLES) w.suggest(example);
        break;
      }
      w.title(t(T.noAnswerTitle, lang));
      w.text(t(T.noAnswerText, lang));
      w.list(NO_ANSWER_EXAMPLES.map((example) => t(example, lang)));
      for (const example of NO_ANSWER_EXAMPLES) w.suggest(example);
      break;
    }
    case 'district-status':
      w.title(weekTitle(T.statusTitle, T.statusWeekTitle, answer.week, lang)).text(t(T.notHere, lang)).suggest(ASK.help);
      break;
    case 'missing-reports':
      w.title(weekTitle(T.missingTitle, T.missingWeekTitle, answer.week, lang)).text(t(T.notHere, lang)).suggest(ASK.help);
      break;
    case 'summary':
      w.title(weekTitle(T.summaryTitle, T.summaryWeekTitle, answer.week, lang)).text(t(T.notHere, lang)).suggest(ASK.help);
      break;
    case 'report-command':
      w.title(t(T.reportTitle, lang)).text(t(T.notHere, lang)).suggest(ASK.help);
      break;
    default:
      break;
  }
}
