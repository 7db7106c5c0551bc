import { foldText } from './normalize-text.ts';
import { stemEnglish, stemSwedish } from './stem-word.ts';

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
  work: ['arbete', 'arbetet', 'samarbetar', 'fungera'], together: ['tillsammans', 'gemensamt'], parties: ['parterna'], party: ['parti'],
  signed: ['påskrivet'], sign: ['påskrivet'], signd: ['påskrivet'], sent: ['skickat'], published: ['pressmeddelande'],
  challenge: ['utmaningar'], challenges: ['utmaningar'], face: ['inför'], perceived: ['upplevd', 'upplevda'], actual: ['faktisk', 'faktiska'],
  insecurity: ['otrygghet'], unsafe: ['otrygghet'], promise: ['stötta', 'göra allt'], promised: ['stötta', 'göra allt'], support: ['stötta'],
  hope: ['förhoppningar'], hopes: ['förhoppningar'], achieve: ['uppnå', 'mål', 'målsättningen'], aim: ['målsättningen', 'mål'], purpose: ['syfte', 'förtydliga', 'verktyg'],
  reduce: ['minska'], increase: ['öka'], example: ['exempelvis'], existing: ['redan'], already: ['redan'], more: ['mer', 'fler'],
  welcome: ['välkomnar'], welcomes: ['välkomnar'], ambition: ['ambitionerna', 'målsättningen'], ambitions: ['ambitionerna', 'målsättningen'], kick: ['inledes'], kicked: ['inledes'], kicks: ['inledes'], close: ['nära', 'tätt'],
  content: ['innehållet'], finalised: ['formalisera'], finalized: ['formalisera'], final: ['formalisera'], formalise: ['formalisera'], formalize: ['formalisera'],
  discussed: ['diskuteras'], discuss: ['diskuteras'], areas: ['områden'], area: ['områden'], clarify: ['förtydliga', 'tydliggöra'], clarification: ['tydliggörs', 'förtydliga'], clarifications: ['tydliggörs', 'förtydliga'], clarified: ['förtydliga', 'tydliggöras', 'tydliggörs'],
  expand: ['utöka'], extend: ['utöka'], specify: ['specificera'], commit: ['förbinder'], involve: ['involvera'], involved: ['involvera'], involvd: ['involvera'],
  administration: ['förvaltning', 'fackförvaltningarna', 'stadsdelsförvaltningar'], administrations: ['fackförvaltningarna', 'stadsdelsförvaltningar'],
  level: ['nivå'], levels: ['nivå'], strategic: ['strategisk'], operational: ['operativ'], daily: ['dagliga'], longterm: ['långsiktig'],
  mandate: ['mandatperioden'], term: ['mandatperioden'], period: ['mandatperioden'], current: ['nuvarande'], old: ['nuvarande'], new: ['nya', 'nytt'],
  valid: ['gäller'], last: ['gälla'], end: ['gäller'], expire: ['gäller'], until: ['fram till'], may: ['maj'],
  draw: ['tar fram'], draws: ['tar fram'], problem: ['problembilden'], picture: ['problembilden'], based: ['utifrån'],
  group: ['styrgruppen', 'grupp'], officials: ['tjänstemän'], civil: ['tjänstemän'], servants: ['tjänstemän'], represented: ['representerade'],
  overarching: ['övergripande', 'stadsövergripande'], lively: ['levande'], dialogue: ['dialog'], continuous: ['kontinuerlig'], regularly: ['regelbundet'], regular: ['regelbundet'], ongoing: ['kontinuerlig'], useful: ['verktyg'], often: ['regelbundet'], consensus: ['samsyn'], common: ['samsyn'],
  decisions: ['beslut'], decision: ['beslut'], importance: ['betydelse'], major: ['större'], large: ['större'], events: ['arrangemang'],
  actors: ['aktörer'], stakeholders: ['aktörer'], central: ['centralt'], centrally: ['centralt'], locally: ['lokalt'], living: ['levande'], vibrant: ['levande'],
  hard: ['hård'], value: ['egenvärde'], factor: ['faktor'], supportive: ['främjande'], transparency: ['insyn'], prerequisite: ['förutsättning'], precondition: ['förutsättning'], preconditions: ['förutsättning'], requirement: ['förutsättning'], rate: ['bra'], rates: ['bra'], assess: ['bra'], assessment: ['bra'], verdict: ['bra'],
  condition: ['förutsättning', 'förutsättningarna'], conditions: ['förutsättningarna'], boards: ['nämnder'], companies: ['bolag'], responsibility: ['ansvar'],
  priority: ['prioriterad', 'prioriteringar', 'prioritera'], prioritise: ['prioritera'], priorities: ['prioriteringar'], priorites: ['prioriteringar'], own: ['lokala'],
  diverse: ['diversifierad'], different: ['olika'], identify: ['identifiera'], individuals: ['individer'], people: ['individer', 'unga'], early: ['tid'], journalist: ['pressjour'], journalists: ['pressjour'], media: ['pressjour'],
  risk: ['farozonen'], destructive: ['destruktivt'], behaviour: ['beteende'], measures: ['åtgärder', 'insatser'], social: ['sociala', 'social'],
  services: ['socialförvaltningen', 'social'], education: ['utbildningsförvaltningen'], arena: ['arena'], reorganisation: ['omorganiseringen'], reorganization: ['omorganiseringen'],
  came: ['kom'], about: ['kom'], authority: ['polismyndigheten'], expectations: ['förväntningarna'], expect: ['förväntningarna'], tool: ['verktyg'], important: ['viktigt', 'viktig'],
  goals: ['mål'], goal: ['mål'], progress: ['utveckling'], development: ['utveckling'], proposal: ['förslaget'], proposed: ['föreslagna'], second: ['andra'],
  majority: ['majoriteten'], political: ['politisk', 'politiska'], bodies: ['instanser', 'nämnder'], writes: ['tar fram'], drafts: ['tar fram'], prepares: ['tar fram'], anchoring: ['förankring'], delegation: ['delegationernas'], feedback: ['återkoppling'],
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

/**
 * The documents' content words in other words: for each thing the two documents talk about, the
 * English words and phrasings a reader would use for it. Written from the documents (sentence by
 * sentence), not from questions, so that a paraphrase finds the sentence it paraphrases.
 */
const FROM_DOCUMENTS_EN: Record<string, readonly string[]> = {
  cooperation: ['samverkan', 'samarbete'], collaboration: ['samverkan', 'samarbete'], partnership: ['samverkan', 'samarbete'], cooperating: ['samarbetar'],
  joint: ['gemensamt', 'tillsammans'], jointly: ['gemensamt', 'tillsammans'], working: ['arbete', 'arbetet'],
  kids: ['unga'], children: ['unga'], teenagers: ['unga'], juveniles: ['unga'], youngsters: ['unga'], adolescents: ['unga'],
  crimes: ['brottslighet', 'kriminalitet'], criminality: ['kriminalitet'], criminal: ['kriminalitet'], offending: ['kriminalitet'],
  shooting: ['skjutvapenvåld'], firearms: ['skjutvapenvåld'], firearm: ['skjutvapenvåld'], weapons: ['skjutvapenvåld'],
  radicalisation: ['extremism'], radicalization: ['extremism'], extremists: ['extremism'], extremist: ['extremism'],
  defector: ['avhopparverksamhet'], leaving: ['avhopparverksamhet'], dropout: ['avhopparverksamhet'],
  camps: ['bosättningar'], encampments: ['bosättningar'], settlement: ['bosättningar'], squatting: ['bosättningar'],
  surveillance: ['kamerabevakning'], monitoring: ['kamerabevakning'], video: ['kamerabevakning'],
  guard: ['ordningsvakter'], wardens: ['ordningsvakter'], patrols: ['ordningsvakter'],
  festivals: ['arrangemang'], concerts: ['arrangemang'], gatherings: ['arrangemang'], happenings: ['arrangemang'],
  secure: ['säker', 'säkerhet'], safer: ['trygg', 'tryggt', 'trygghet'], feeling: ['upplevd', 'upplevda'], felt: ['upplevd', 'upplevda'], fear: ['otrygghet'],
  lower: ['minska'], decrease: ['minska'], cut: ['minska'], raise: ['öka', 'höjer'], boost: ['öka'], higher: ['höjer'],
  staff: ['tjänstemän'], servant: ['tjänstemän'], employees: ['tjänstemän'], members: ['består'], consists: ['består'], composed: ['består'], made: ['består'],
  committee: ['styrgruppen'], steering: ['styrgruppen'], reporting: ['återrapporterar'], reports: ['återrapporterar'],
  openness: ['insyn'], insight: ['insyn'], grounded: ['förankring'], backing: ['förankring'], rooted: ['förankring'],
  committees: ['nämnder'], departments: ['förvaltning', 'fackförvaltningarna'], agencies: ['förvaltning'], specialist: ['fackförvaltningarna'],
  clearer: ['förtydliga', 'tydliga'], clear: ['tydliga', 'förtydliga'], explicit: ['tydliga'], broaden: ['utöka'], widen: ['utöka'], strengthen: ['stärka', 'utöka'],
  objective: ['mål', 'målsättningen'], objectives: ['mål', 'målsättningen'], intention: ['målsättningen', 'syfte'], aims: ['mål', 'målsättningen'],
  instrument: ['verktyg'], communication: ['dialog'], talks: ['dialog'], organisers: ['aktörer'], organizers: ['aktörer'], businesses: ['aktörer'], organisations: ['aktörer'], organizations: ['aktörer'],
  lively: ['levande'], varied: ['diversifierad'], situation: ['situationen'], parts: ['delar'], differ: ['olika'], differs: ['olika'],
  setting: ['arena'], venue: ['arena'], find: ['identifiera', 'söka'], detect: ['identifiera'], spot: ['identifiera'], reach: ['söka'], seek: ['söka'],
  preventative: ['förebyggande'], interventions: ['åtgärder', 'insatser'], efforts: ['insatser', 'åtgärder'], actions: ['åtgärder'],
  harmful: ['destruktivt'], behavior: ['beteende'], behaviors: ['beteende'], behaviours: ['beteende'],
  concluded: ['påskrivet', 'teckna'], enter: ['teckna'], draft: ['förslaget'], proposals: ['förslaget'], explicitly: ['tydliga'],
  forms: ['samverkansformer'], arrangements: ['samverkansformer'], coalition: ['majoriteten'], issues: ['utmaningar'], problems: ['utmaningar', 'problembilden'],
  commitment: ['förbinder'], committed: ['förbinder'], pledge: ['göra allt', 'stötta'], pledged: ['göra allt', 'stötta'], hoping: ['förhoppningar'],
  strategy: ['strategisk'], longterm: ['långsiktig'], operationally: ['operativ'], everyday: ['dagliga'], dayto: ['dagliga'],
  benefits: ['tjänar'], win: ['tjänar'], reorganised: ['omorganiseringen'], reorganized: ['omorganiseringen'], restructuring: ['omorganiseringen'],
  promotes: ['främjande'], promoting: ['främjande'], constructive: ['främjande', 'god'], good: ['god', 'bra'], dialog: ['dialog'],
  municipal: ['kommunen', 'bolag'], council: ['kommunstyrelsen'], politics: ['politiken'], politicians: ['politiska', 'politiken'],
  delegations: ['delegationernas'], boundaries: ['avgränsning'], limits: ['avgränsning'], scope: ['avgränsning'], mandates: ['delegationernas'],
  sit: ['består', 'representerade'], sits: ['består', 'representerade'], sitting: ['består', 'representerade'],
  consensus: ['samsyn'], agree: ['överens', 'samsyn'], agreed: ['överens'], aligned: ['samsyn'],
  reform: ['omorganiseringen'], reforms: ['omorganiseringen'], reason: ['kom', 'syfte'], reasons: ['kom', 'syfte'], history: ['bakgrund', 'första'], founded: ['kom'], created: ['kom'], established: ['kom'],
  mutual: ['varandra'], mutually: ['varandra'], implementation: ['verkställande'], implement: ['verkställande'], implementing: ['verkställande'], vision: ['mål'],
  descriptions: ['beskrivningar'], description: ['beskrivningar'], function: ['fungera'], functions: ['fungera'], significant: ['större', 'betydande'], powers: ['delegationernas'],
  associations: ['aktörer'], persons: ['individer'], neighbourhoods: ['stadsdelarna'], neighborhoods: ['stadsdelarna'], boroughs: ['stadsdelarna'], suburbs: ['stadsdelarna'],
  investments: ['satsningar'], investment: ['satsningar'], dependent: ['beroende'], depends: ['beroende'], depend: ['beroende'], election: ['mandatperioden'],
  tough: ['hård'], harsh: ['hård'], prepared: ['göra allt', 'stötta'], willing: ['göra allt', 'stötta'], content: ['innehållet'], contents: ['innehållet'], arrangement: ['samverkansformer'],
  oversight: ['styrgruppen'], ref: ['ärende'], inked: ['påskrivet'], announced: ['pressmeddelande'], announce: ['pressmeddelande'], announcement: ['pressmeddelande'], terror: ['extremism'], terrorism: ['extremism'],
  streets: ['levande', 'staden'], squares: ['levande', 'staden'],
  replace: ['nuvarande'], replaces: ['nuvarande'], replacing: ['nuvarande'], satisfied: ['mer'], happy: ['mer'], formalise: ['formalisera'], formalize: ['formalisera'], finalise: ['formalisera'], finalize: ['formalisera'],
  apply: ['gälla', 'gäller'], applies: ['gälla', 'gäller'], applicable: ['gälla', 'gäller'], share: ['samma', 'gemensamt'], shared: ['samma', 'gemensamt'], sides: ['parterna'],
  organised: ['strukturen', 'samverkansformer'], organized: ['strukturen', 'samverkansformer'], organise: ['strukturen'], organize: ['strukturen'], setup: ['strukturen', 'samverkansformer'],
  arose: ['kom'], arise: ['kom'], originated: ['kom'], ruling: ['majoriteten'], governing: ['majoriteten'], green: ['grönblå'], blue: ['grönblå'], prioritize: ['prioritera'],
  big: ['större'], bigger: ['större'], huge: ['större'], games: ['arrangemang'], game: ['arrangemang'], matches: ['arrangemang'], football: ['arrangemang'], sports: ['arrangemang'], sporting: ['arrangemang'], parades: ['arrangemang'],
  agenda: ['diskuteras'], table: ['diskuteras'], help: ['stötta'], helping: ['stötta'], helps: ['stötta'], support: ['stötta'], supporting: ['stötta'], enough: ['mer'],
  composition: ['består'], inform: ['återrapporterar', 'dialog'], informed: ['återrapporterar', 'dialog'], informing: ['återrapporterar', 'dialog'], update: ['återrapporterar'], updated: ['återrapporterar'], updates: ['återrapporterar'],
  achieve: ['uppnå'], achieving: ['uppnå'], attain: ['uppnå'], accomplish: ['uppnå'], account: ['beakta'], consider: ['beakta'], considers: ['beakta'], vary: ['olika'], varies: ['olika'], improvement: ['utveckling'], improve: ['utveckling'], highly: ['högt'], rely: ['beroende'], relies: ['beroende'], relying: ['beroende'], singled: ['peka'], better: ['bra', 'utveckling'],
  begun: ['inledes'], begin: ['inledes'], launched: ['inledes'], starting: ['inledes'], initiated: ['inledes'], bind: ['förbinder'], binding: ['förbinder'],
  wellbeing: ['trivsamt'], enjoyable: ['trivsamt'], resident: ['stockholmare'], residents: ['stockholmare'], citizens: ['stockholmare'], inhabitants: ['stockholmare'],
};

/** Swedish words for what the documents say in other words (plain words; folded and stemmed on load). */
const FROM_DOCUMENTS_SV: Record<string, readonly string[]> = {
  samarbeta: ['samverka', 'samarbete'], samarbetet: ['samarbete', 'samverkan'], samarbeten: ['samarbete'], jobba: ['arbeta', 'arbete'], jobbar: ['arbeta', 'arbete'], jobbet: ['arbete'],
  riskzonen: ['farozonen'], riskzon: ['farozonen'], riskgrupper: ['farozonen'], ungdomar: ['unga'], ungdom: ['unga'], barn: ['unga'], elever: ['skolan', 'unga'], tonåringar: ['unga'],
  brott: ['brottsligheten', 'kriminalitet'], kriminella: ['kriminalitet'], brottslig: ['brottslighet'],
  otrygga: ['otrygghet'], otrygg: ['otrygghet'], tryggare: ['trygghet', 'trygg'], säkrare: ['säker', 'säkerhet'], upplevs: ['upplevd'], känns: ['upplevd'],
  kameraövervakning: ['kamerabevakning'], övervakning: ['kamerabevakning'], övervakningskameror: ['kamerabevakning'], vakter: ['ordningsvakter'], väktare: ['ordningsvakter'],
  skjutningar: ['skjutvapenvåld'], gängskjutningar: ['skjutvapenvåld'], gängskjutning: ['skjutvapenvåld'], förhandlingarna: ['diskuteras'], diskussionerna: ['diskuteras'], diskussioner: ['diskuteras'], diskussionen: ['diskuteras'], förhandlingar: ['diskuteras'], förhandlas: ['diskuteras'], förhandla: ['diskuteras'], skottlossning: ['skjutvapenvåld'], skjutvapen: ['skjutvapenvåld'], vapenvåld: ['skjutvapenvåld'],
  radikalisering: ['extremism'], extremister: ['extremism'], avhoppare: ['avhopparverksamhet'], tältläger: ['bosättningar'], boplatser: ['bosättningar'],
  evenemang: ['arrangemang'], festivaler: ['arrangemang'], konserter: ['arrangemang'], event: ['arrangemang'],
  politiker: ['politiska', 'politiken'], politikerna: ['politiska', 'politiken'], tjänstepersoner: ['tjänstemän'], medlemmar: ['består'], ledamöter: ['består'],
  rapportera: ['återrapporterar'], rapporterar: ['återrapporterar'], återrapportering: ['återrapporterar'], förankrad: ['förankring'], förankra: ['förankring'],
  transparens: ['insyn'], öppenhet: ['insyn'], ändamål: ['syfte', 'mål'], avsikt: ['syfte', 'målsättningen'], målet: ['mål'], målen: ['mål'],
  utvidga: ['utöka'], bredda: ['utöka'], förstärka: ['stärka', 'utöka'], klargöra: ['förtydliga', 'tydliggöra'], tydligare: ['förtydliga', 'tydliga'], förtydligande: ['förtydliga'],
  // Everyday words for the documents' own (session 5's tuning set S).
  dealen: ['avtal', 'samverkansavtal'], deal: ['avtal', 'samverkansavtal'], dealet: ['avtal', 'samverkansavtal'], polisdealen: ['avtal', 'samverkansavtal'],
  nyheten: ['pressmeddelande'], nyhet: ['pressmeddelande'], utskicket: ['pressmeddelande'], utskick: ['pressmeddelande'], pressgrejen: ['pressmeddelande'], pressrelease: ['pressmeddelande'], pressreleasen: ['pressmeddelande'],
  ledningsgänget: ['styrgruppen'], ledningsgruppen: ['styrgruppen'], ledningen: ['styrgruppen'],
  toppolitikern: ['finansborgarråd'], toppolitiker: ['finansborgarråd', 'politiska'], förtroendevalda: ['politiska', 'politiken', 'instanser'], förtroendevald: ['politiska', 'politiken'],
  kommunkoncernen: ['nämnder', 'bolag'], koncernen: ['bolag'], folkliv: ['levande'], folklivet: ['levande'], rörelse: ['levande'], gator: ['levande', 'staden'], torg: ['levande', 'staden'],
  grundskolor: ['skolan'], grundskolan: ['skolan'], gymnasier: ['skolan'], gymnasiet: ['skolan'], gymnasieskolor: ['skolan'], killar: ['unga'], tjejer: ['unga'], kids: ['unga'],
  kåkstäder: ['bosättningar'], kåkstad: ['bosättningar'], kåkar: ['bosättningar'], tält: ['bosättningar'], ockupationer: ['bosättningar'], ockupation: ['bosättningar'], husockupationer: ['bosättningar'], styret: ['majoriteten'], styrande: ['majoriteten'], festival: ['arrangemang'], terror: ['extremism'], terrorism: ['extremism'], radikaliserade: ['extremism'], väktarna: ['ordningsvakter'],
  husockupanter: ['bosättningar'], husokupanter: ['bosättningar'], ockupanter: ['bosättningar'], läger: ['bosättningar'], illegala: ['olagliga'], illegalt: ['olagliga'], funka: ['fungera'], funkade: ['fungera'],
  omorganiserades: ['omorganiseringen'], omorganiserade: ['omorganiseringen'], omorganisera: ['omorganiseringen'], omorganisationen: ['omorganiseringen'],
  inblandade: ['involvera'], inblandad: ['involvera'], kojor: ['bosättningar'], koja: ['bosättningar'], delaktiga: ['involvera'], delaktig: ['involvera'], delaktighet: ['involvera'],
  kvalitet: ['bra'], kvaliteten: ['bra'], kvaliten: ['bra'], arbetsredskap: ['verktyg'], värderar: ['bra', 'verktyg'], bedömer: ['bra'],
  igång: ['inledes'], igang: ['inledes'], ersätter: ['nuvarande'], ersätta: ['nuvarande'], ersätts: ['nuvarande'],
  satsa: ['prioritera', 'satsningar'], satsar: ['prioritera', 'satsningar'], satsas: ['prioritera', 'satsningar'],
  villkor: ['förutsättning'], krav: ['förutsättning'], åtgärdsplan: ['handlingsplanen'], satsningar: ['satsningar', 'insatser'], förebygga: ['förebyggande'], prevention: ['förebyggande'],
  signerades: ['påskrivet'], signerade: ['påskrivet'], tecknades: ['påskrivet', 'teckna'], undertecknades: ['påskrivet'], tidigare: ['första'],
  enighet: ['samsyn'], överens: ['överens', 'samsyn'], samtal: ['dialog'], kommunikation: ['dialog'], organisationer: ['aktörer'], föreningar: ['aktörer'], näringsliv: ['aktörer'], arrangörer: ['aktörer'],
  livfull: ['levande'], ledningsgrupp: ['styrgruppen'], besluta: ['beslut'], ambitionsnivå: ['ambitionerna'], hoppas: ['förhoppningar'], problem: ['utmaningar', 'problembilden'],
  långsiktigt: ['långsiktig'], vardagen: ['dagliga'], vardag: ['dagliga'], stödja: ['stötta'], hjälpa: ['stötta'], välkomna: ['välkomnar'], varierad: ['diversifierad'], mångfacetterad: ['diversifierad'],
  socialtjänsten: ['social', 'socialförvaltningen'], socialtjänst: ['social'], skolor: ['skolan'], skolorna: ['skolan'], hitta: ['identifiera'], upptäcka: ['identifiera'],
  invånare: ['stockholmare'], medborgare: ['stockholmare'], stockholmarna: ['stockholmare'], trivsam: ['trivsamt'], gränser: ['avgränsning'], mandat: ['delegationernas'],
  sitter: ['består', 'representerade'], sitta: ['består', 'representerade'], ingå: ['består', 'representerade'],
  sammansättning: ['består', 'tjänstemän'], sammansatt: ['består', 'tjänstemän'], nå: ['uppnå'], nås: ['uppnå'], uppnås: ['uppnå'],
  binda: ['förbinder'], binder: ['förbinder'], bindande: ['förbinder'], åtar: ['förbinder'], åta: ['förbinder'],
  informera: ['återrapporterar', 'dialog'], informerad: ['återrapporterar', 'dialog'], informerade: ['återrapporterar', 'dialog'], informerar: ['återrapporterar', 'dialog'], uppdaterade: ['återrapporterar'], uppdatera: ['återrapporterar'],
  hänsyn: ['beakta'], skiljer: ['olika'], skilja: ['olika'], varierar: ['olika'], stan: ['staden', 'stad'], riskerar: ['farozonen'], riskera: ['farozonen'], risk: ['farozonen'],
  förbättring: ['utveckling'], förbättra: ['utveckling'], framsteg: ['utveckling'], påbörjas: ['inledes'], påbörjat: ['inledes'], startas: ['inledes'], startar: ['inledes'], startat: ['inledes'], starta: ['inledes'], kickat: ['inledes'], kickar: ['inledes'], drar: ['inledes'], dras: ['inledes'],
  matcher: ['arrangemang'], fotboll: ['arrangemang'], fotbollsmatcher: ['arrangemang'], idrottsevenemang: ['arrangemang'], stora: ['större'],
  omorganisation: ['omorganiseringen'], reform: ['omorganiseringen'], reformen: ['omorganiseringen'], polisreform: ['omorganiseringen'], polisreformen: ['omorganiseringen'],
  bildades: ['kom'], tillkom: ['kom'], uppstod: ['kom'], skapades: ['kom'], orsak: ['kom', 'syfte'], orsaken: ['kom', 'syfte'], anledning: ['kom', 'syfte'], anledningen: ['kom', 'syfte'], ursprung: ['kom', 'bakgrund'],
  roller: ['förväntningarna'], rollfördelning: ['förväntningarna'], ömsesidiga: ['varandra'], medel: ['verktyg'], redskap: ['verktyg'], implementera: ['verkställande'], vision: ['mål'],
  utkast: ['förslaget'], skapa: ['trygghetsskapande'], ansvarstagande: ['ansvar'], angelägen: ['viktig', 'prioriterad'], företrädda: ['representerade'], företrädd: ['representerade'],
  kontakt: ['dialog'], samförstånd: ['samsyn'], befogenheter: ['delegationernas'], förhindra: ['förebyggande'], brottsprevention: ['brottsförebyggande'], stadsliv: ['levande'],
  näringsidkare: ['aktörer'], företag: ['aktörer', 'bolag'], uppsöka: ['söka'], personer: ['individer'], mångfaldig: ['diversifierad'], investeringar: ['satsningar'], valperiod: ['mandatperioden'], vinner: ['tjänar'],
  åstadkomma: ['uppnå', 'mål'], uppnå: ['uppnå', 'mål', 'målsättningen'], framgå: ['tydliggörs'], framgår: ['tydliggörs'], varje: ['respektive'], nöjda: ['mer'], nöjd: ['mer'], innehåll: ['innehållet'],
  organiseras: ['strukturen', 'samverkansformer'], organisera: ['strukturen', 'samverkansformer'], organisering: ['strukturen', 'samverkansformer'], upplägg: ['strukturen', 'samverkansformer'],
  funkar: ['innebär', 'fungera'], gamla: ['nuvarande'], förra: ['nuvarande'], befintliga: ['nuvarande'], existerande: ['nuvarande'], sluter: ['teckna'], sluta: ['teckna'], slöt: ['teckna'], slutit: ['teckna'], ingått: ['teckna'], fungerar: ['innebär', 'fungera'],
  kommunala: ['kommunen', 'bolag'], bolagen: ['bolag'], nämnderna: ['nämnder'], förvaltningarna: ['förvaltning'], lokalpolisen: ['lokalpolisområden'], polisområden: ['lokalpolisområden'],
};

/** The plain English words the glossary knows, for reading misspelt English questions. */
export const GLOSSARY_WORDS: readonly string[] = [...Object.keys(PLAIN), ...Object.keys(FROM_DOCUMENTS_EN)];

export const ENGLISH_TO_SWEDISH: Readonly<Record<string, readonly string[]>> = (() => {
  const merged: Record<string, readonly string[]> = { ...STEMMED };
  for (const [word, swedish] of [...Object.entries(PLAIN), ...Object.entries(FROM_DOCUMENTS_EN)]) {
    const stem = stemEnglish(word);
    merged[stem] = [...new Set([...(merged[stem] ?? []), ...swedish])];
  }
  return merged;
})();

/**
 * Swedish words officials use for what the documents say otherwise (keys folded or stemmed):
 * "syftet" is what the statement calls a tool and a goal, "lovar" is "ska göra allt".
 */
const CURATED_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  syft: ['förtydliga', 'verktyg', 'mål'], syftet: ['förtydliga', 'verktyg', 'mål'], syfte: ['förtydliga', 'verktyg', 'mål'],
  lov: ['stötta', 'göra allt'], lovar: ['stötta', 'göra allt'], lovade: ['stötta', 'göra allt'],
  nivaer: ['nivå'], nivå: ['nivå'], niva: ['nivå'],
  utmaning: ['utmaningar'], kameror: ['kameror'], partier: ['parti'],
  ansvar: ['ansvar'], skrivit: ['påskrivet'], undertecknat: ['påskrivet'], skicka: ['skickat'], skickade: ['skickat'], skikades: ['skickat'], skickades: ['skickat'],
  ofta: ['regelbundet'], konkret: [], mål: ['mål', 'målsättningen'],
};

export const SWEDISH_SYNONYMS: Readonly<Record<string, readonly string[]>> = (() => {
  const merged: Record<string, readonly string[]> = { ...CURATED_SYNONYMS };
  for (const [word, swedish] of Object.entries(FROM_DOCUMENTS_SV)) {
    const folded = foldText(word);
    for (const key of new Set([folded, stemSwedish(folded)])) merged[key] = [...new Set([...(merged[key] ?? []), ...swedish])];
  }
  return merged;
})();

/**
 * English phrases that name one Swedish compound of the documents ("local police areas" is
 * "lokalpolisområden"): read as that word, since their parts alone match other things.
 */
const ENGLISH_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\blocal police (areas?|districts?)\b/gi, 'lokalpolisområden'],
  [/\bdistrict (administrations?|offices?)\b/gi, 'stadsdelsförvaltningar'],
  [/\b(specialist|city-wide|central) (administrations?|departments?|agencies)\b/gi, 'fackförvaltningarna'],
  [/\baction plan\b/gi, 'handlingsplanen'],
  [/\bproblem (picture|situation|profile)\b/gi, 'problembilden'],
  [/\b(mandate|electoral|election|term of office) (period|term)\b|\bterm of office\b/gi, 'mandatperioden'],
  [/\bcity[- ]?wide\b/gi, 'stadsövergripande'],
  [/\b(oversight|management|leadership) (board|group|committee)\b/gi, 'steering group'],
  [/\b(make|makes|making|made) (it|this|that|the cooperation|cooperation) work\b/gi, 'fungera'],
  [/\b(purely|only|just|simply) (a |an )?(policing|police|law enforcement|law and order) (matter|issue|question|thing)\b/gi, 'only a hård fråga'],
  [/\bwhat (set|sets) off\b|\bwhat (triggered|prompted)\b/gi, 'why was there'],
  [/\bput (their|his|her|its) names? (to|on|under)\b/gi, 'signed'],
  [/\b(extra|separate|additional) (remarks|comments|statement)\b/gi, 'special statement'],
  [/\b(team|teams|teaming) up\b|\bjoin forces\b/gi, 'cooperate'],
  [/\bper (the|its|their)\b/gi, 'according to $1'],
  [/\bforms? of (cooperation|collaboration)\b/gi, 'samarbetsformerna'],
  [/\b(for )?the rest of the (term|mandate( period)?|electoral period|term of office)\b/gi, 'mandatperioden ut'],  [/\b(mou|memorandum of understanding)\b/gi, 'agreement'],
  // A follow-up naming whose view: "and in the police chief's words?", "and according to her?" ask the previous question of that person.
  [/^(\W*(?:and |so |but )?)(?:according to |in )(the [\p{L} ]{3,30}?|his|her|\p{L}+(?: \p{L}+)?)(?:['’]s)?(?: own)? words(\W*)$/iu, '$1$2$3'],
  [/^(\W*(?:and |so |but ))according to ((?:the )?\p{L}+(?: \p{L}+){0,2})(\W*)$/iu, '$1$2$3'],
  // Chat English, typed fast: "wht r the focus areas", "what does he say abt X".
  [/\b(wht|wat)\b/gi, 'what'],
  [/\bwen\b/gi, 'when'],
  [/(?<=\b(?:what|who|where|when|how|why|which) )r\b/gi, 'are'],
  [/\babt\b/gi, 'about'],
];

export function readEnglishPhrases(text: string): string {
  let read = text;
  for (const [pattern, swedish] of ENGLISH_PHRASES) read = read.replace(pattern, swedish);
  return read;
}
