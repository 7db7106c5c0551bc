import { stemEnglish } from './stem-word.ts';

/**
 * English words officials use, mapped to the Swedish words of the source text, so an English
 * question finds the Swedish passage. Keys are English stems (snowball "english"); values are
 * Swedish words as they appear in the sections. Domain terms only; the sections' `keywordsEn`
 * and the focus areas' English synonyms cover the rest.
 */
const STEMMED: Record<string, readonly string[]> = {
  school: ['skolan'],
  pupil: ['skolan'],
  student: ['skolan'],
  educ: ['utbildningsförvaltningen'],
  prevent: ['förebyggande', 'brottsförebyggande'],
  crime: ['kriminalitet', 'brottsligheten', 'brottsförebyggande'],
  crimin: ['kriminalitet'],
  risk: ['farozonen'],
  steer: ['styrgruppen'],
  polit: ['politisk', 'politiska', 'politiken'],
  politician: ['politisk', 'politiska', 'politiken'],
  anchor: ['förankring'],
  board: ['nämnder'],
  compani: ['bolag'],
  respons: ['ansvar'],
  report: ['återrapporterar'],
  feedback: ['återkoppling'],
  deleg: ['delegationernas'],
  district: ['stadsdelarna', 'stadsdel'],
  local: ['lokala', 'lokal'],
  prioriti: ['prioriteringar'],
  polic: ['polisen', 'polisregionen'],
  safeti: ['trygghet', 'tryggheten'],
  safe: ['trygg', 'tryggt'],
  secur: ['säkerhet'],
  insecur: ['otrygghet'],
  event: ['arrangemang'],
  festiv: ['arrangemang'],
  dialogu: ['dialog'],
  dialog: ['dialog'],
  camera: ['kameror', 'kamerabevakning'],
  cctv: ['kameror', 'kamerabevakning'],
  surveil: ['kamerabevakning'],
  goal: ['mål'],
  background: ['bakgrund'],
  chief: ['regionpolischef'],
  commission: ['finansborgarråd'],
  mayor: ['finansborgarråd'],
  action: ['handlingsplanen'],
  plan: ['handlingsplanen'],
  strateg: ['strategisk', 'strategiska'],
  oper: ['operativ'],
  youth: ['unga'],
  young: ['unga'],
  second: ['andra'],
  first: ['första'],
  structur: ['strukturen'],
};

/** More English words, written plainly and stemmed when the module loads. */
const PLAIN: Record<string, readonly string[]> = {
  city: ['stad', 'staden', 'stockholms'], municipality: ['kommunen'], police: ['polisen', 'polisregionen'],
  region: ['polisregionen'], cooperation: ['samverkan', 'samarbete'], cooperate: ['samverka', 'samarbetar'], collaborate: ['samarbetar'],
  work: ['arbete', 'arbetet', 'samarbetar'], together: ['tillsammans', 'gemensamt'], parties: ['parterna'], party: ['parti'],
  signed: ['påskrivet'], sign: ['påskrivet'], signd: ['påskrivet'], sent: ['skickat'], published: ['pressmeddelande'],
  challenge: ['utmaningar'], challenges: ['utmaningar'], face: ['inför'], perceived: ['upplevd', 'upplevda'], actual: ['faktisk', 'faktiska'],
  insecurity: ['otrygghet'], unsafe: ['otrygghet'], promise: ['stötta', 'göra allt'], promised: ['stötta', 'göra allt'], support: ['stötta'],
  hope: ['förhoppningar'], hopes: ['förhoppningar'], achieve: ['uppnå', 'mål'], aim: ['målsättningen', 'mål'], purpose: ['syfte', 'förtydliga', 'verktyg'],
  reduce: ['minska'], increase: ['öka'], example: ['exempelvis'], existing: ['redan'], already: ['redan'], more: ['mer', 'fler'],
  welcome: ['välkomnar'], welcomes: ['välkomnar'], ambition: ['ambitionerna'], ambitions: ['ambitionerna'], close: ['nära', 'tätt'],
  content: ['innehållet'], finalised: ['formalisera'], finalized: ['formalisera'], final: ['formalisera'], formalise: ['formalisera'], formalize: ['formalisera'],
  discussed: ['diskuteras'], discuss: ['diskuteras'], areas: ['områden'], area: ['områden'], clarify: ['förtydliga', 'tydliggöra'], clarified: ['förtydliga', 'tydliggöras', 'tydliggörs'],
  expand: ['utöka'], extend: ['utöka'], specify: ['specificera'], commit: ['förbinder'], involve: ['involvera'], involved: ['involvera'], involvd: ['involvera'],
  administration: ['förvaltning', 'fackförvaltningarna', 'stadsdelsförvaltningar'], administrations: ['fackförvaltningarna', 'stadsdelsförvaltningar'],
  level: ['nivå'], levels: ['nivå'], strategic: ['strategisk'], operational: ['operativ'], daily: ['dagliga'], longterm: ['långsiktig'],
  mandate: ['mandatperioden'], term: ['mandatperioden'], period: ['mandatperioden'], current: ['nuvarande'], old: ['nuvarande'], new: ['nya', 'nytt'],
  valid: ['gäller'], last: ['gälla'], end: ['gäller'], expire: ['gäller'], until: ['fram till'], may: ['maj'],
  draw: ['tar fram'], draws: ['tar fram'], problem: ['problembilden'], picture: ['problembilden'], based: ['utifrån'],
  group: ['styrgruppen', 'grupp'], officials: ['tjänstemän'], civil: ['tjänstemän'], servants: ['tjänstemän'], represented: ['representerade'],
  dialogue: ['dialog'], continuous: ['kontinuerlig'], regularly: ['regelbundet'], often: ['regelbundet'], consensus: ['samsyn'], common: ['samsyn'],
  decisions: ['beslut'], decision: ['beslut'], importance: ['betydelse'], major: ['större'], large: ['större'], events: ['arrangemang'],
  actors: ['aktörer'], stakeholders: ['aktörer'], central: ['centralt'], centrally: ['centralt'], locally: ['lokalt'], living: ['levande'], vibrant: ['levande'],
  hard: ['hård'], value: ['egenvärde'], factor: ['faktor'], supportive: ['främjande'], transparency: ['insyn'], prerequisite: ['förutsättning'],
  condition: ['förutsättning', 'förutsättningarna'], conditions: ['förutsättningarna'], boards: ['nämnder'], companies: ['bolag'], responsibility: ['ansvar'],
  priority: ['prioriterad', 'prioriteringar', 'prioritera'], prioritise: ['prioritera'], priorities: ['prioriteringar'], priorites: ['prioriteringar'], own: ['lokala'],
  diverse: ['diversifierad'], different: ['olika'], identify: ['identifiera'], individuals: ['individer'], people: ['individer', 'unga'], early: ['tid'], journalist: ['pressjour'], journalists: ['pressjour'], media: ['pressjour'],
  risk: ['farozonen'], destructive: ['destruktivt'], behaviour: ['beteende'], measures: ['åtgärder', 'insatser'], social: ['sociala', 'social'],
  services: ['socialförvaltningen', 'social'], education: ['utbildningsförvaltningen'], arena: ['arena'], reorganisation: ['omorganiseringen'], reorganization: ['omorganiseringen'],
  came: ['kom'], about: ['kom'], authority: ['polismyndigheten'], expectations: ['förväntningarna'], expect: ['förväntningarna'], tool: ['verktyg'], important: ['viktigt', 'viktig'],
  goals: ['mål'], goal: ['mål'], progress: ['utveckling'], development: ['utveckling'], proposal: ['förslaget'], proposed: ['föreslagna'], second: ['andra'],
  majority: ['majoriteten'], political: ['politisk', 'politiska'], bodies: ['instanser'], anchoring: ['förankring'], delegation: ['delegationernas'], feedback: ['återkoppling'],
  settlements: ['bosättningar'], illegal: ['olagliga'], extremism: ['extremism'], violent: ['våldsbejakande'], gun: ['skjutvapenvåld'], guns: ['skjutvapenvåld'], violence: ['skjutvapenvåld', 'våld'],
  shootings: ['skjutvapenvåld'], guards: ['ordningsvakter'], security: ['säkerhet', 'ordningsvakter'], exit: ['avhopparverksamhet'], defectors: ['avhopparverksamhet'],
  young: ['unga'], youth: ['unga'], cameras: ['kameror', 'kamerabevakning'], camera: ['kameror', 'kamerabevakning'], cctv: ['kameror', 'kamerabevakning'],
  first: ['första'], agreement: ['avtal'], stockholmer: ['stockholmare'], safe: ['trygg', 'tryggt'], safety: ['trygghet', 'tryggheten'], pleasant: ['trivsamt'],
  commissioner: ['finansborgarråd'], finance: ['finansborgarråd'], chief: ['regionpolischef'], regional: ['regionpolischef'],
  quoted: ['säger'], number: ['nummer'], phone: ['nummer'], contact: ['nummer'], line: ['nummer'], international: ['nummer'],
  case: ['ärende'], reference: ['ärende'], executive: ['kommunstyrelsen'], date: ['datum'], time: ['tid'],
  district: ['stadsdelarna', 'stadsdel'], districts: ['stadsdelarna'], local: ['lokala', 'lokal'], structure: ['strukturen'], everyone: ['alla'], gains: ['tjänar'], benefit: ['tjänar'],
  crime: ['brottslighet', 'kriminalitet', 'brottsförebyggande'], prevention: ['förebyggande', 'brottsförebyggande'], preventive: ['förebyggande'], schools: ['skolan'],
};

/** The plain English words the glossary knows, for reading misspelt English questions. */
export const GLOSSARY_WORDS: readonly string[] = Object.keys(PLAIN);

export const ENGLISH_TO_SWEDISH: Readonly<Record<string, readonly string[]>> = (() => {
  const merged: Record<string, readonly string[]> = { ...STEMMED };
  for (const [word, swedish] of Object.entries(PLAIN)) {
    const stem = stemEnglish(word);
    merged[stem] = [...new Set([...(merged[stem] ?? []), ...swedish])];
  }
  return merged;
})();

/**
 * Swedish words officials use for what the documents say otherwise (keys folded or stemmed):
 * "syftet" is what the statement calls a tool and a goal, "lovar" is "ska göra allt".
 */
export const SWEDISH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  syft: ['förtydliga', 'verktyg', 'mål'], syftet: ['förtydliga', 'verktyg', 'mål'], syfte: ['förtydliga', 'verktyg', 'mål'],
  lov: ['stötta', 'göra allt'], lovar: ['stötta', 'göra allt'], lovade: ['stötta', 'göra allt'],
  nivaer: ['nivå'], nivå: ['nivå'], niva: ['nivå'],
  utmaning: ['utmaningar'], kameror: ['kameror'], partier: ['parti'],
  ansvar: ['ansvar'], skrivit: ['påskrivet'], undertecknat: ['påskrivet'], skicka: ['skickat'], skickade: ['skickat'], skikades: ['skickat'], skickades: ['skickat'],
  ofta: ['regelbundet'], konkret: [], mål: ['mål', 'målsättningen'],
};
