import type { Language, Localized } from '../src/domain/model.ts';
import type { Answer, Citation, Passage } from '../src/qa/answer.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { executeAction } from './verbs.ts';

type Element = Record<string, unknown>;
type Text = Localized;

/** Every user-visible string of the answer cards, in both languages. */
const T = {
  focusAreas: { sv: 'Samverkansområden', en: 'Focus areas' },
  from: { sv: 'Ur', en: 'From' },
  source: { sv: 'Källa', en: 'Source' },
  sources: { sv: 'Källor', en: 'Sources' },
  section: { sv: 'avsnitt', en: 'section' },
  agreements: { sv: 'Avtal', en: 'Agreements' },
  validity: { sv: 'Giltighet', en: 'Validity' },
  caseNumber: { sv: 'Diarienummer', en: 'Case number' },
  districts: { sv: 'Stadsdelsområden', en: 'Districts' },
  localPriorities: { sv: 'Lokala prioriteringar', en: 'Local priorities' },
  noPriorities: { sv: 'Underlaget anger inga lokala prioriteringar.', en: 'The data lists no local priorities.' },
  demo: { sv: 'Demodata, inte hämtat ur en riktig lokal överenskommelse.', en: 'Demo data, not taken from a real local agreement.' },
  demoDistricts: { sv: 'Stadsdelarnas uppgifter är demodata.', en: 'The district details are demo data.' },
  owners: { sv: 'Ansvariga', en: 'Responsible' },
  noOwners: {
    sv: 'Underlaget säger inte vem som ansvarar för området. Fråga styrgruppen.',
    en: 'The data does not say who is responsible for this area. Ask the steering group.',
  },
  quotedInSwedish: { sv: '', en: 'Quoted in Swedish, as the source says it.' },
  passageTitle: { sv: 'Det här står i underlaget', en: 'What the documents say' },
  helpTitle: { sv: 'Det här kan du fråga mig', en: 'What you can ask me' },
  helpText: {
    sv: '- vad som ingår i samverkansavtalet och hur länge det gäller\n- vem som ansvarar för ett område\n- vad avtalet säger om något, med källan citerad\n- en stadsdels lokala prioriteringar\n- läget i en stadsdel eller vecka, och vilka som inte har rapporterat\n- kontaktpersoner: skriv "rapportera" för veckans lägesrapport\n- styrgruppen: "sammanfattning", "mina uppgifter", "ny uppgift", "beslut"',
    en: '- what the cooperation agreement covers and how long it is valid\n- who is responsible for a focus area\n- what the agreement says about a topic, with the source quoted\n- a district\'s local priorities\n- the status of a district or week, and who has not reported\n- district contacts: write "report" for this week\'s status report\n- the steering group: "summary", "my tasks", "new task", "decisions"',
  },
  helpFooter: { sv: 'Jag svarar på svenska eller engelska.', en: 'I answer in English or Swedish.' },
  noAnswerTitle: { sv: 'Jag hittade inget svar', en: 'I found no answer' },
  noAnswerText: {
    sv: 'Jag kan bara svara på frågor om samverkan mellan Stockholms stad och polisen. Prova till exempel:',
    en: 'I can only answer questions about the cooperation between the City of Stockholm and the police. Try for example:',
  },
  notHere: {
    sv: 'Jag kan inte visa lägesrapporter här just nu. Försök igen om en stund.',
    en: 'I cannot show status reports here right now. Please try again in a moment.',
  },
  statusTitle: { sv: 'Läget', en: 'Status' },
  missingTitle: { sv: 'Saknade rapporter', en: 'Missing reports' },
  summaryTitle: { sv: 'Veckosammanfattning', en: 'Weekly summary' },
  reportTitle: { sv: 'Lägesrapport', en: 'Status report' },
  week: { sv: 'vecka', en: 'week' },
  // Natural next questions, asked as if the user had written them when a button is pressed.
  askWhatIsIncluded: { sv: 'Vad ingår i samverkansavtalet?', en: 'What does the agreement cover?' },
  askValidity: { sv: 'Hur länge gäller avtalet?', en: 'How long is the agreement valid?' },
  askAgreements: { sv: 'Vilka avtal finns?', en: 'Which agreements are there?' },
  askDistricts: { sv: 'Vilka stadsdelar finns?', en: 'Which districts are there?' },
  askHelp: { sv: 'Hjälp', en: 'Help' },
} satisfies Record<string, Text>;

const ask = {
  owners: (name: string): Text => ({ sv: `Vem har ansvar för ${name}?`, en: `Who is responsible for ${name}?` }),
  status: (name: string): Text => ({ sv: `Hur går det med ${name}?`, en: `How is ${name} going?` }),
  districtStatus: (name: string): Text => ({ sv: `Hur är läget i ${name}?`, en: `How are things in ${name}?` }),
  priorities: (name: string): Text => ({ sv: `Lokala prioriteringar i ${name}`, en: `Local priorities in ${name}` }),
  says: (name: string): Text => ({ sv: `Vad står det om ${name}?`, en: `What does the agreement say about ${name}?` }),
};

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
    this.body.push({
      type: 'Container',
      style: 'emphasis',
      spacing: 'Small',
      items: [
        { type: 'TextBlock', text: `”${passage.quote}”`, wrap: true, isSubtle: false },
        { type: 'TextBlock', text: citationText(passage.citation, this.language), wrap: true, isSubtle: true, size: 'Small', spacing: 'Small' },
      ],
    });
    this.lines.push(`”${passage.quote}”`, citationText(passage.citation, this.language));
    return this;
  }

  suggest(question: Text): this {
    const value = this.t(question);
    if (this.actions.length < 3 && !this.actions.some((action) => action.title === value)) {
      // A verb, not an imBack: the Agents Playground cannot send imBacks, and the answer replaces this card.
      this.actions.push(executeAction(value, 'ask', { question: value }, { lang: this.language }));
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
  return `${T.source[language]}: ${citation.document}, ${T.section[language]} ”${citation.sectionTitle[language]}”`;
}

function weekText(week: string | undefined, language: Language): string {
  return week ? ` ${T.week[language]} ${Number(week.slice(6))}` : '';
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
  const w = new CardWriter(answer.language);
  const lang = answer.language;
  switch (answer.kind) {
    case 'focus-areas': {
      w.title(w.t(T.focusAreas));
      if (answer.agreement) {
        const a = answer.agreement;
        w.note(`${w.t(T.from)}: ${a.title[lang]}${a.caseNumber ? ` (${a.caseNumber})` : ''}. ${a.validity[lang]}`);
      }
      w.list(answer.focusAreas.map((area) => `**${area.name[lang]}**: ${area.summary[lang]}`));
      if (answer.sources.length > 0) {
        w.note(`${w.t(T.sources)}: ${answer.sources.map((c) => `${c.document}, ${w.t(T.section)} ”${c.sectionTitle[lang]}”`).join('; ')}`);
      }
      const first = answer.focusAreas[0];
      if (first) w.suggest(ask.owners(lower(first.name[lang])));
      w.suggest(T.askValidity);
      break;
    }
    case 'agreements': {
      w.title(w.t(T.agreements));
      for (const a of answer.agreements) {
        w.text(`**${a.title[lang]}**${a.caseNumber ? ` (${a.caseNumber})` : ''}`);
        w.note(`${a.validity[lang]}${a.demo ? ` ${w.t(T.demo)}` : ''}`);
      }
      w.suggest(T.askValidity).suggest(T.askWhatIsIncluded);
      break;
    }
    case 'agreement-validity': {
      const a = answer.agreement;
      w.title(w.t(T.validity));
      w.text(`**${a.title[lang]}**${a.caseNumber ? ` (${a.caseNumber})` : ''}`);
      w.text(a.validity[lang]);
      w.note(`${w.t(T.source)}: ${a.document}`);
      w.suggest(T.askWhatIsIncluded).suggest(T.askAgreements);
      break;
    }
    case 'districts': {
      w.title(w.t(T.districts));
      w.text(answer.districts.map((d) => d.name).join(' · '));
      if (answer.districts.some((d) => d.demo)) w.note(w.t(T.demoDistricts));
      const first = answer.districts[0];
      if (first) w.suggest(ask.priorities(first.name)).suggest(ask.districtStatus(first.name));
      break;
    }
    case 'focus-area': {
      const area = answer.focusArea;
      w.title(area.name[lang]);
      const owners = area.owners.length > 0 ? `**${w.t(T.owners)}:** ${area.owners.join(', ')}` : w.t(T.noOwners);
      if (answer.aspect === 'owners') w.text(owners).text(area.summary[lang]);
      else w.text(area.summary[lang]).text(owners);
      if (answer.source) {
        w.quote(answer.source);
        w.note(w.t(T.quotedInSwedish));
      }
      w.suggest(answer.aspect === 'owners' ? ask.status(lower(area.name[lang])) : ask.owners(lower(area.name[lang])));
      w.suggest(T.askWhatIsIncluded);
      break;
    }
    case 'district': {
      const d = answer.district;
      w.title(d.name);
      w.text(`**${w.t(T.localPriorities)}**`);
      if (d.localPriorities.length > 0) w.list(d.localPriorities.map((priority) => priority[lang]));
      else w.text(w.t(T.noPriorities));
      if (d.demo) w.note(w.t(T.demo));
      w.suggest(ask.districtStatus(d.name)).suggest(T.askDistricts);
      break;
    }
    case 'passage': {
      w.title(w.t(T.passageTitle));
      for (const passage of answer.passages) w.quote(passage);
      w.note(w.t(T.quotedInSwedish));
      w.suggest(T.askWhatIsIncluded).suggest(T.askHelp);
      break;
    }
    case 'help': {
      w.title(w.t(T.helpTitle));
      w.text(w.t(T.helpText));
      w.note(w.t(T.helpFooter));
      w.suggest(T.askWhatIsIncluded).suggest(ask.says(lang === 'sv' ? 'skolorna' : 'schools')).suggest(T.askValidity);
      break;
    }
    case 'no-answer': {
      w.title(w.t(T.noAnswerTitle));
      w.text(w.t(T.noAnswerText));
      w.list(answer.examples);
      for (const example of answer.examples) w.suggest({ sv: example, en: example });
      break;
    }
    case 'district-status':
      w.title(`${w.t(T.statusTitle)}${weekText(answer.week, lang)}`).text(w.t(T.notHere)).suggest(T.askHelp);
      break;
    case 'missing-reports':
      w.title(`${w.t(T.missingTitle)}${weekText(answer.week, lang)}`).text(w.t(T.notHere)).suggest(T.askHelp);
      break;
    case 'summary':
      w.title(`${w.t(T.summaryTitle)}${weekText(answer.week, lang)}`).text(w.t(T.notHere)).suggest(T.askHelp);
      break;
    case 'report-command':
      w.title(w.t(T.reportTitle)).text(w.t(T.notHere)).suggest(T.askHelp);
      break;
  }
  return w.build();
}
