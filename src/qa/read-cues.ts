import { foldText } from './normalize-text.ts';

/** What kind of question the wording signals, independent of the names it mentions. */
export interface Cues {
  greetingOnly: boolean;
  help: boolean;
  missingReports: boolean;
  reportCommand: boolean;
  summary: boolean;
  status: boolean;
  show: boolean;
  owners: boolean;
  validity: boolean;
  predecessor: boolean;
  agreements: boolean;
  focusAreas: boolean;
  districts: boolean;
  priorities: boolean;
  cite: boolean;
  agreementWord: boolean;
  why: boolean;
  /** The action plan: tasks, and which of them (mine, overdue, due). */
  tasks: boolean;
  taskMine: boolean;
  taskOverdue: boolean;
  taskDue: boolean;
  /** The decision log. */
  decisions: boolean;
  /** A political body is named: "beslutet i KS" is the council's decision, not the steering group's log. */
  politicalBody: boolean;
}

// All patterns run on folded text (no diacritics), so "läget" and "laget" read the same.
export const CUE_PATTERNS = {
  greetingOnly: /^\s*(hej|hejsan|hallo|hello|hi|hey|tjena|tja|god (morgon|dag)|good (morning|afternoon))\s*[!.]*\s*$/,
  help: /^\s*(hjalp|help|meny|menu|\?)\s*[!?.]*\s*$|\bvad kan (du|jag|man)( (svara pa|gora|hjalpa (mig )?med|fraga( om)?|fraga dig( om)?))?\s*[!?.]*\s*$|\bhur (fungerar|funkar|anvander jag) (du|boten|samverkan)\b|\bwhat can (you|i)( (do|answer|help( me)? with|ask( you)?( about)?))?\s*[!?.]*\s*$|\bhow do(es)? (this|you) work\b|\bhow do i use (you|this|the bot)\b/,
  missingNegation: /\b(inte|ej|saknar|saknas|saknade|uteblivna|not|missing|hasn'?t|haven'?t|didn'?t|yet to)\b/,
  reportNoun: /\b(rapport\w*|lagesrapport\w*|veckorapport\w*|report\w*|lamnat|skickat|svarat|submitted)\b/,
  reportCommand: /^\s*(rapportera|report|ny rapport|new report)\b(?! (to|till) (whom|who|vem|vilka))|\b(jag|vi) (vill|ska|behover|maste) rapportera\b|\bkan (jag|vi) rapportera\b|^\s*(vill|ska|behover) rapportera\b|\b(lamna|skicka|fyll|fylla|gora|oppna|starta|submit|file|fill|send|start|open|do)\b( in| i| ut)?( (min|mina|var|en|veckans|the|my|a|our|this week'?s))?( (?!(they|he|she|it|de|dom|han|hon)\b)\w+)? (lagesrapport\w*|veckorapport\w*|rapport\w*|report|status report)\b|\bwant to report\b/,
  summary: /\b\w*(sammanfattning\w*|summering\w*)\b|\b(summary|summaries|recap|weekly digest)\b|\bsammanfatta\b.*\bveck/,
  status: /\b(laget|lage|lagesbild\w*|lagesrapport\w*|status\w*|situation\w*|progress)\b|\bhur (gar|gick|ser|ar|ligger) (det|laget|vi|de)\b|\bhur (gar|gick) (det|arbetet)\b|\bhow('s| is| are)\b.*\b(going|doing|looking)\b|\bhow are things\b|\bwhat(?:'?s| is) (the situation|happening)\b(?! (with|to) (it|the|that|this)\b| meanwhile\b)/,
  show: /^\s*(visa|show|oppna|open)\b/,
  owners: /\b(ansvar\w*|ager|agare|driver|leder|har hand om|samordnar|kontaktperson\w*|responsible|responsibility|owns?|owner\w*|in charge|leads?|runs?|heads?|handles?|accountable|contact person)\b/,
  validity: /\b(hur lange|till nar|fram till nar|giltig\w*|galler|gallde|loper ut|gar ut|nar (gar|loper) \w+ ut|upphor|slutar|skrevs|tecknades|undertecknades|paskrivet|how long|valid\w*|expire\w*|expiry|until when|in force|still apply|signed|run out)\b/,
  predecessor: /\b(gamla|forsta|tidigare|foregaende|forra avtalet|2015|old|previous|first|earlier|predecessor|former)\b/,
  agreements: /\b(vilka|alla|lista|visa) (avtal|overenskommelser)\b|\bavtal(en)? (finns|har vi)\b|\b(diarienummer|arendenummer|dnr)\b|\b(which|what|list|all|show)( the| all)? agreements\b|\bagreements (are there|exist|do we have)\b|\b(case|reference|file) number\b/,
  focusAreas: /\b(vad (ingar|omfattar|innehaller|tacker)|ingar i)\b|\b(fokus|samverkans|insats|prioriterade )?omraden\w*\b|\bfokusomrade\w*\b|\bsamverkansomrade\w*\b|\bwhat(?:'?s| is)( is)? (in|included|covered)\b|\bwhat does (the|this|our) (agreement|deal) (cover|include|contain)\b|\bwhat (will|should|is) (the )?(new |city-wide )?(agreement|deal)( going to| supposed to| meant to)? (cover|include|contain)\b|\bfocus areas?\b|\b(which|what|list)( are| were)?( the)?( listed| named| different| main| other)? areas\b|\bareas (listed|named|discussed|mentioned|covered)\b|\bareas of cooperation\b|\bwhat(?:'?s| is) on the (list|agenda)\b|\bvad ska (ingar?|omfatta|innehalla|tacka)\b/,
  districts: /\b(vilka|lista|alla|visa|hur manga|which|list|all|what|how many)\b(\s+\w+){0,2}\s+(stadsdel\w*|districts?)\b/,
  priorities: /\b(prioriter\w*|problembild\w*|fokuserar|satsar|priorit\w*|focus on)\b/,
  cite: /\b(star|stod|sager|sa|sags|namns|namner|namnt|skriver|skrivs|citera|texten|dokumentet|say|says|said|mention\w*|write|writes|quote|state|states|text|wording)\b|\bnagot om\b|\bnat om\b|\banything (about|on)\b|\b(what|how) (should|must|ought|is|are)\b.*\b(do|to|work|act)\b|\b(vad|hur) (ska|bor|maste|skall)\b.*\b(gora|agera|arbeta|jobba)\b|\b(before|innan|fore|infor|vid|at|with|for|handle|handles|hantera|hanterar) (major |big |bigger |large |important |stora |storre |viktiga |tunga )?(decisions?|beslut)\b|\bbeslut av storre betydelse\b|\b(innan|fore|before|infor)\b.{0,40}\b(beslut|decisions?)\b|\b(styrgrupp\w*|steering group|ledningsgrupp\w*)\b.*\b(beslut|decisions?)\b.*\b(politik\w*|politicians?|samsyn|sjalv|utan|without|on (its|their) own)\b/,
  why: /\b(varfor|why)\b/,
  tasks: /\b(uppgift\w*|arbetsuppgift\w*|atgard\w*|tasks?|action items?|to-?dos?)\b/,
  taskMine: /\b(mina|min|mig|my|mine|me|i)\b/,
  taskOverdue: /\b(forsenad\w*|forsenat|sena|forfallna|overdue|late|behind schedule|past due)\b/,
  taskDue: /\b(ska|skall|maste|behover) (vara|bli) (klar\w*|fardig\w*|gjord\w*|gjort)\b|\b(klart|fardigt|klara) (till|senast|innan)\b|\bwhat('?s| is| are)? (due|to be done|to be finished)\b|\b(due|finished|done) (in|by|this|next)\b|\bdeadlines?\b/,
  politicalBody: /\b(ks|kommunstyrelse\w*|kommunfullmaktige|fullmaktige|nämnd\w*|namnd\w*|city council|council|riksdag\w*|regering\w*)\b/,
  decisions: /\b(beslut|besluten|beslutet|beslutslogg\w*|styrgruppsbeslut\w*|decisions?|decision log)\b|\b(behover|behova) forankras\b|\bneeds? (political )?anchoring\b/,
  agreementWord: /\b(avtal\w*|\w*overenskommelse\w*|\w*samverkansavtal\w*|agreement|deal|contract)\b/,
} as const;
const PATTERNS = CUE_PATTERNS;

export function readCues(text: string): Cues {
  const folded = foldText(text).replace(/[’`]/g, "'");
  const test = (pattern: RegExp) => pattern.test(folded);
  return {
    greetingOnly: test(PATTERNS.greetingOnly),
    help: test(PATTERNS.help),
    missingReports: test(PATTERNS.missingNegation) && test(PATTERNS.reportNoun),
    reportCommand: test(PATTERNS.reportCommand),
    summary: test(PATTERNS.summary),
    status: test(PATTERNS.status),
    show: test(PATTERNS.show),
    owners: test(PATTERNS.owners),
    validity: test(PATTERNS.validity),
    predecessor: test(PATTERNS.predecessor),
    agreements: test(PATTERNS.agreements),
    focusAreas: test(PATTERNS.focusAreas),
    districts: test(PATTERNS.districts),
    priorities: test(PATTERNS.priorities),
    cite: test(PATTERNS.cite),
    agreementWord: test(PATTERNS.agreementWord),
    why: test(PATTERNS.why),
    tasks: test(PATTERNS.tasks),
    taskMine: test(PATTERNS.taskMine),
    taskOverdue: test(PATTERNS.taskOverdue),
    taskDue: test(PATTERNS.taskDue),
    decisions: test(PATTERNS.decisions),
    politicalBody: test(PATTERNS.politicalBody),
  };
}
