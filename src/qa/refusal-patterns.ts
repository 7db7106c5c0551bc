/**
 * What a question asks that the documents never state, read from its folded text: counts, costs,
 * places, exact days, other parties, lists of units, tasks nobody is given. `answer-questions.ts`
 * refuses these as "not stated" (or, for a few, checks the quoted passage against them).
 */
/** Someone's predecessor, successor or time in office: the documents name people as of 2019 only. */
export const OTHER_TIME_OF_PERSON = /\b(fore|innan|before|efter|after|ersatte|ersatt|eftertradde|eftertradare|foretradare|foregangare|replaced|succeeded|successor|predecessor)\b.*\b(regionpolischef\w*|finansborgarrad\w*|police chief|finance commissioner|ulf|johansson|anna|jerlmyr)\b|\b(regionpolischef\w*|finansborgarrad\w*|police chief|finance commissioner|ulf johansson|anna konig jerlmyr)\b.*\b(innan|fore|before|efter|after|ersatte|replaced|succeeded)\b|\b(hur lange|how long|sedan nar|sen nar|since when)\b.*\b(han|hon|he|she|varit|been)\b/;
export const OTHER_PARTIES = /\b(varfor|why)\b.*\b(inte|ej|not|isn'?t|aren'?t)\b.*\b(s|v|sd|kd)\b( (med|with|on it|in it|part of it))?\W*$|\b(socialdemokrat\w*|vansterpartiet\w*|sverigedemokrat\w*|kristdemokrat\w*|oppositionen|opposition|social democrats?|left party|sweden democrats|christian democrats)\b|\b(tycker|tyckte|anser|ansag|think|thinks|thought|sa|sade|said|says|sager)\s+(s|v|sd|kd)\b|\b(s|v|sd|kd)\s*(,|och|and|&)\s*(s|v|sd|kd)\b|\((s|v|sd|kd)\)|^\W*(och |and |men |but )?(s|v|sd|kd)\b\s*,/;
export const UNSTATED_ORDER = /\b(vilka|vilken|which)\s+(stadsdel\w*|districts?|omraden|areas?|platser|places)\b.*\b(forst|first|sist|last|forst ut)\b/;
/** "vilka bolag?", "which companies?" on their own: the documents name kinds, never which ones. */
export const WHICH_ONES = /^\W*(och |and |but |men )?(vilka|vilken|which|what) (bolag\w*|compan\w*|namnder\w*|boards?|committees?|organisation\w*|organization\w*|foreningar\w*|associations?|skolor\w*|schools?|stadsdelar\w*|districts?|lokalpolisomraden\w*|grupper\w*|groups?|fackforv\w*|forvaltning\w*|administrations?|departments?)( da| then| exactly| exakt| i sa fall| in that case| handlar det om| pekas ut( dar)?| avses| menas| ar det| is it| are they| are meant| in particular| typ| like)?(\s*,\s*[\p{L} ]{2,40})?\W*$/u;
/** "vilka stadsdelar har redan skrivit …?": the documents say nothing of what any one district has done. */
export const DISTRICTS_THAT = /\b(vilka|vilken|which)\s+(stadsdel\w*|districts?)\s+(har|have|has|hade|had)\s+(redan|already|skrivit|tecknat|written|signed|fatt|got|klara|ready|en|ett|one|nagon|any|sadana|such|egna|egen|their own)\b/;
export const UNSTATED_INSTANCES = /\b(vilka|which|what)\s+(lokalpolisomrade\w*|local police (areas?|districts?)|polisomrade\w*|namnder\w*|bolag\w*|aktorer\w*|skolor\w*|schools)\s+(finns|ar det|is there|are there|exist|heter|kallas|are called)\b/;
/** The question is about a case number itself. */
export const ASKS_NUMBER = /\b(diarie\w*|nummer|numret|number|nr|dnr|ärende\w*|arende\w*)\b/i;
/** An errand ("skriv ett mejl åt mig", "book a meeting for me"): the bot answers questions, it runs no errands. */
export const ERRAND = /^\W*(skriv|write|draft|formulera|boka|book|skicka|send|ring|call|oversatt|translate|schedule|planera|organisera)\b.*\b(at mig|for me|at oss|for us|mejl\w*|mail\w*|e-?post|email|meeting|mote|motet)\b/;
/** A question for a day or a year: "vilket datum?", "which year does it end?". */
// "vilket ar" is "which year" unless a subject follows: folded, "vilket är ett av målen?" reads the same.
export const EXACT_DATE_ASK = /\b(vilket|vilken|which|what|exakt|exact)\s+(datum|dag|date|day|ar(?! (ett|en|det|den|de|dom|du|ni|vi|man|hennes|hans|deras|mest|viktigast\w*|bast|storst)\b)|year)\b/;
/** Words that demand more detail than a general statement gives. */
export const PRECISION = /\b(exakt|exakta|exact|exactly|precis vilk\w*|precisely|specifically|specifikt|konkret|konkreta|concrete|concretely|i detalj|in detail)\b/;
/**
 * What no document gives: an e-mail address, measures of success, statistics, a procedure step by
 * step, organised crime or drugs, the next meeting, where something was published, what the 2015
 * agreement itself said, the steering group's members by name.
 */
export const UNSTATED_DETAIL =
  /\b(hur definieras|vad (raknas|menas|ar) (som )?|what counts as|how (is|are) \w+( \w+)? defined)\b.*\b(storre betydelse|stora beslut|storre beslut|major decisions?|bigger decisions?)\b|\b(vilka tider|what hours|what times)\b.*\b(oppet|open|bemannad|staffed)\b|\b(oppettid\w*|opening hours|office hours|e-?post\w*|mejl\w*|e-?mail\w*|mailadress\w*|kpi\w*|nyckeltal\w*|indikator\w*|indicators?|metrics?|measured|measure|measuring|mats|matas|matt|crime rates?|brottsniva\w*|brottstatistik\w*|steg for steg|step by step|step-by-step|statisti\w*|stats|siffror|organi[sz]ed crime|organiserad brottslighet|gangkriminalitet|narkotika\w*|drugs?)\b|\b(nasta|next|kommande|upcoming)\b.*\b(\w*mote|\w*motet|\w*moten|meetings?)\b|\b(published|publicerat|publicerad|publiceras|published) (anywhere|nagonstans|nanstans|where)\b|\b(2015|forsta|gamla|forra|tidigare|first|old|previous|earlier|original)( \w+)? (avtalet|agreement|avtal|deal)( \w+){0,2} (say|said|sa|sade|contain\w*|cover\w*|stod|innehol\w*|innehall\w*|handlade|include\w*)\b|\b(vad|what) (stod|stood|was|var) (det )?(i|in) (det |the )?(2015|forsta|gamla|forra|first|old|previous)\b|\b(namn|names?|vid namn|by name)\b.*\b(styrgrupp\w*|steering group|tjansteman|officials|members?)\b|\b(styrgrupp\w*|steering group|tjansteman|officials|members?)\b.*\b(namn|names?|vid namn|by name)\b/;
/** Which body, or who from the police, sits in, convenes or chairs the steering group: only "tjänstemän" and the districts are stated. */
export const STEERING_GROUP_SEATS =
  /\b(vilk\w*|vem|which|who|anyone|anybody|nagon|nan)\b.*\b(fran|from|hos) (polisen|the police|staden|the city)\b.*\b(styrgrupp\w*|steering group)\b|\b(styrgrupp\w*|steering group)\b.*\b(vilk\w*|vem|which|who)\b.*\b(fran|from) (polisen|the police)\b|\b(vilk\w*|which) (\w+ )?(\w*forvaltning\w*|namnd\w*|enhet\w*|stadsdel\w*|departments?|committees?|units?|boards?|districts?)\b.*\b(styrgrupp\w*|steering group)\b|\b(mandat|befogenhet\w*|authority|powers?)\b.*\b(besluta|beslut|decide|decisions?)\b|\b(sammankallande|sammankallar|convenes?|convener|chairs?|chaired|ordforande)\b.*\b(styrgrupp\w*|steering group)\b|\b(styrgrupp\w*|steering group)\b.*\b(sammankallande|ordforande|chair|chairs|convener)\b|\bwho represents (the police|the city)\b/;
/** What came of the proposal: the final, signed agreement is not among the documents. */
export const FINAL_VERSION = /\b(final|signed|slutliga|slutgiltiga|fardiga|undertecknade) (signed )?(version\w*|agreement|avtalet|overenskommelsen|texten|text)\b|\bmade it into\b|\bkom med i (det )?(slutliga|fardiga|undertecknade)\b/;
/** Views of bodies no document quotes ("what did the social services administration say?"). */
export const UNQUOTED_BODY = /\b(what|how) (do|does|did) (the )?([\p{L} ]{0,40}?)(administrations?|departments?|boards?|committees?|social services|residents|unions?|schools?|opposition|media|journalists|municipalities) (say|think|feel)\b|\bvad (sa|sade|sager|tycker|tyckte|anser) (socialtjansten|socialforvaltningen|utbildningsforvaltningen|namnderna|namnden|forvaltningarna|facket|fackforbunden|skolorna|rektorerna|oppositionen|invanarna|medborgarna|media|journalisterna)\b/u;
/** Who leads, runs or negotiates something. */
export const LEAD_ASK = /\b(vem|vilka|vilken|who|which)\b.*\b(leder|leda|driver|driva|forhandlar|forhandla|ansvarar|samordnar|samordnare|kontaktperson|skriver|skriva|utarbetar|tar fram|ta fram|utformar|runs?|leads?|heads?|chairs?|negotiat\w*|coordinat\w*|writes?|drafts?|draws up|prepares?|coordinators?|contact person|in charge|responsible)\b/;
/** A passage that gives someone a task. */
export const TASK_GIVEN = /\b(ansvar\w*|leder|leda|driver|samordnar|ska ta fram|tar fram)\b/;
/** How often something happens; the documents say "regelbundet" and "kontinuerlig" at most, which give no period. */
export const FREQUENCY = /\b(hur ofta|how often|how frequently|hur manga ganger|how many times)\b/;
export const OFTEN_IN_TEXT = /\b(varje|en gang (per|i|om)|\d+ ganger|dagligen|veckovis|manadsvis|arligen|kvartalsvis|per (vecka|manad|ar|kvartal))\b/;
export const QUANTITY = /\bvad tjanar (en|ett|man)\b|\b(hur (manga|mycket|mkt|mycke|stor)|how (many|much)|antal(et)?|kostar|kosta|kostnad\w*|costs?|budget\w*|budjet|pengar|money|belopp|kronor|salary|salaries|lon|loner|lonen|fund(ed|ing|s)?|financed|financing|finansiera\w*|finansiering\w*|bekosta\w*)\b|\b(i manaden|per manad|om aret|per ar|i timmen|a month|per month|a year|per year|an hour|per hour)\b|\b(procent|percent|percentage|andelen?|proportion)\b/;
export const PLACE = /^\W*(och |and )?(var|vart|where)( da| then)?\W*$|^\W*(och |o |men |and |but )?(var|vart)\s+(kan|hittar|ligger|finns|sitter|ar|ska|skall|kommer|hamnar|placeras|sker|halls|byggs|satts|sattes|sitter)\b|^\W*(och |o |men |and |but )?(var|vart) i (stan|staden|stockholm)\b|\bvar nagonstans\b|\bwhere\b|\b(vilka|vilken|which|what) (platser|plats|stallen|stalle|places?|locations?|sites?|adress\w*|address\w*)\b/;
/** "vad händer om en nämnd inte gör det?", "what happens if the new one isn't ready?": the documents state no consequences of what-ifs. */
export const HYPOTHETICAL = /\b(vad (hander|skulle handa|blir det|gor (man|ni|de|dom|vi))|what (happens|would happen|will happen|do (they|we|you) do)) (om|if|ifall)\b|\b(tank om|what if)\b/;
/** Rankings the documents never make: which district has the most crime, the worst, the fewest. */
export const RANKING = /\b(mest|flest|minst|farre|hogst|lagst|storst|samst|varst|battre an|most|least|fewest|highest|lowest|worst|biggest|largest)\b/;
