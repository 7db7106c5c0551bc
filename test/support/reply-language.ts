/**
 * A small, deliberately conservative language classifier for the bot's replies: it counts words
 * that are clearly Swedish against words that are clearly English. Only function words and the
 * bot's own UI words are listed; words both languages write alike ("status", "trend", "plan",
 * "i", "in", "man", "per", "under", "sent", "be", "organisation") are in neither list, so they can
 * never tip the balance. Proper names, what the user typed and quoted source text are removed
 * before counting (the caller passes them as `ignore`).
 */

export type ReplyLanguage = 'sv' | 'en';

const list = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

export const SWEDISH_WORDS = list(`
  och att det den detta dessa som på är var vara varit blir blev har hade inte ingen inget inga
  till av om från med mot efter före över utan eller men också bara redan ännu än då när nu här där
  vad vem vilka vilken vilket hur varför kan ska skall måste får finns fanns står säger
  jag du dig din ditt dina mig min mina mitt vi oss vår våra ni er dem deras hen sin sina sitt
  en ett ny nytt nya alla allt andra annan annat någon något några hela sedan
  uppgift uppgifter uppgiften uppgifterna beslut beslutet besluten beslutslogg beslutsloggen
  vecka veckan veckor veckans veckorna veckosammanfattning veckosammanfattningen
  läge läget lägesrapport lägesrapporter lägesrapporten rapport rapporten rapportera rapporterat rapporterade
  återrapport återrapportering återrapporten
  skicka skickas skickade skickat skickad inskickad ändra ändras ändrade ändrat ändrades
  spara sparad sparat sparas sparades skapa skapad skapat skapades klart klar klara
  senast sista samverkansområde samverkansområden samverkansområdet stadsdelsområde stadsdelsområden stadsdelsområdet
  stadsdel stadsdelar stadsdelen försenade försenad sammanfattning sammanfattningen kommentar kommentarer
  ansvarig ansvariga ansvar ansvarar handläggare handlingsplan handlingsplanen organisationen typ
  nämnd förvaltning bolag polisen staden
  grön gul röd gröna gula röda bättre sämre oförändrat samma ny ej aktuellt
  påbörjad påbörjade pågår avbruten avbrutna
  roll roller rollen administratör administratörer kontaktperson kontaktpersoner ledamot ledamöter styrgruppen styrgruppens
  schema schemat rapporteringsschema tid tider dag dagar pausad pausade postas nästa förra
  måndag tisdag onsdag torsdag fredag lördag söndag
  förankrad förankras förankring förankrade behöver politisk politiska markera
  hittades kontrollera numret fyll välj skriv ange lägg ta bort visa öppna fråga frågor svarar svenska engelska
  hjälp hej tack gäller ingår avtalet avtalen överenskommelsen samverkansavtalet källa källor avsnitt
  körs kör klar nås osäkra misslyckade kanske levererade utkorgen
  inga punkter punkt områden område datum
  statusförfrågan påminnelse påminnelser
`);

export const ENGLISH_WORDS = list(`
  the and is are was were been being has have had not no none yet any anything nothing only
  to of for with from at by on about into over than then there here this that these those it its
  what who which how when where why can could will would should must may
  you your yours my me we our us they them their he she his her
  new task tasks decision decisions decided report reports reported reporting week weeks weekly
  send sends sending change changes changed edit edited save saved saving create created done
  due focus area areas district districts overdue summary level levels comment comments
  owner owners owning assignee assigned responsible mark marked anchored anchoring needs need political
  schedule roles role administrator administrators contact contacts steering group member members
  add added remove removed help ask answer answers source sources section agreement agreements
  city whole police request reminder reminders deadline day days time times paused posted next last
  red yellow green better worse unchanged applicable found please choose fill write enter
  date more show open nobody everyone missing situation latest started progress cancelled not
  monday tuesday wednesday thursday friday saturday sunday
  say says does do did an as if or out up also yes
  queued failed unreachable uncertain delivered maybe
`);

/** Every user-visible string of an Adaptive Card, in document order. */
export function visibleStrings(card: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as Record<string, unknown>;
    const type = typeof record.type === 'string' ? record.type : '';
    const push = (value: unknown) => {
      if (typeof value === 'string' && value.trim()) out.push(value);
    };
    if (type === 'TextBlock' || type === 'TextRun') push(record.text);
    if (type.startsWith('Input.')) {
      push(record.label);
      push(record.placeholder);
      push(record.title); // Input.Toggle
      push(record.errorMessage);
      for (const choice of (record.choices as Array<{ title?: unknown }> | undefined) ?? []) push(choice.title);
    }
    if (type.startsWith('Action.')) push(record.title);
    if (type === 'FactSet') {
      for (const fact of (record.facts as Array<{ title?: unknown; value?: unknown }> | undefined) ?? []) {
        push(fact.title);
        push(fact.value);
      }
    }
    if (type === 'AdaptiveCard') push(record.fallbackText);
    for (const [key, value] of Object.entries(record)) {
      // An action's fallback repeats its title; its data is not shown.
      if (key === 'fallback' || key === 'data' || key === 'choices' || key === 'facts') continue;
      if (value && typeof value === 'object') visit(value);
    }
  };
  visit(card);
  return out;
}

export interface LanguageCount {
  sv: string[];
  en: string[];
}

/** Removes what is not the bot's own words: the `ignore` phrases, quoted text, inline code, commands. */
export function stripForeign(text: string, ignore: readonly string[] = []): string {
  let result = text;
  // Longest first, so "Demokontakt Rinkeby-Kista" goes before "Rinkeby-Kista".
  for (const phrase of [...ignore].filter(Boolean).sort((a, b) => b.length - a.length)) result = result.split(phrase).join(' ');
  return (
    result
      // Quoted source text; a cut fallback text may lose the closing quotation mark.
      .replace(/[”“][^”]*(”|$)/g, ' ')
      .replace(/«[^»]*(»|$)/g, ' ')
      .replace(/"[^"\n]{0,200}"/g, ' ') // a quoted command or example ("vecka 6")
      .replace(/`[^`\n]*`/g, ' ') // inline code
      .replace(/\bnpm run [^\n]*?(?=\.(\s|$)|\n|$)/g, ' ') // a shell command in the text
  );
}

export function countWords(strings: readonly string[], ignore: readonly string[] = []): LanguageCount {
  const count: LanguageCount = { sv: [], en: [] };
  for (const text of strings) {
    for (const word of stripForeign(text, ignore).toLowerCase().split(/[^\p{L}]+/u)) {
      if (!word) continue;
      const sv = SWEDISH_WORDS.has(word);
      const en = ENGLISH_WORDS.has(word);
      if (sv && !en) count.sv.push(word);
      if (en && !sv) count.en.push(word);
    }
  }
  return count;
}

/**
 * The language a reply is clearly in, or undefined when it is not clear. A reply is in a
 * language when it has at least two of its words and more of them than of the other's.
 */
export function classify(count: LanguageCount): ReplyLanguage | undefined {
  if (count.en.length >= 2 && count.en.length > count.sv.length) return 'en';
  if (count.sv.length >= 2 && count.sv.length > count.en.length) return 'sv';
  return undefined;
}
