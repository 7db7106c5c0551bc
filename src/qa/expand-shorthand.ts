/**
 * Officials type fast: "enl pressmeddelandet", "polisen o staden", "ang styrgruppen", "ks-nr".
 * Common Swedish shorthand is written out before the question is read, so it neither counts as
 * an unknown word (and refuses the question) nor hides a seam between two questions. Only whole
 * words are replaced; the rest of the text is kept verbatim.
 */
const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  // English contractions written out, so that "what's meant?" reads as "what is meant?".
  [/\b(what|who|that|it|where|how|when|there)['’]s\b/gi, '$1 is'],
  [/\benl\.?(?=\s)/gi, 'enligt'],
  [/\bang\.?(?=\s)/gi, 'angående'],
  [/\bbl\.?\s?a\.?(?=\s|$)/gi, 'bland annat'],
  [/\bt\.?\s?ex\.?(?=[\s?!,]|$)/gi, 'till exempel'],
  [/\bpga\.?(?=\s|$)/gi, 'på grund av'],
  [/\bmkt\b/gi, 'mycket'],
  // "första" with two letters swapped, typed fast; read by patterns before any typo correction.
  [/\bf(ö|o)r(ts|t)a\b/gi, 'första'],
  [/\bfrist\b/gi, 'first'],
  [/\bresp\.?(?=\s)/gi, 'respektive'],
  [/\bngn\b/gi, 'någon'],
  [/\bngt\b/gi, 'något'],
  [/\bnr\b/gi, 'nummer'],
  // "the KS document": the statement, the one document with a KS case number.
  [/\bks[- ](document|doc|dokumentet|dokument)\b/gi, 'uttalandet'],
  // A "särskilt yttrande" is what officials also call the special statement.
  [/\byttrande(t|n|na)?\b/gi, 'uttalande$1'],
  [/\bpressnr\b/gi, 'pressjournummer'],
  // "vem fr C": "fr" is "från".
  [/\bfr\b(?=\s)/gi, 'från'],
  [/\bsthlm\b/gi, 'Stockholm'],
  [/\bpol[ -]?chef(en|s)?\b/gi, 'polischef$1'],
  [/\bpol(?:\.|:s)?(?=\s|$|[,?!])/gi, 'polisen'],
  [/\bpressmedd\b\.?/gi, 'pressmeddelandet'],
  // Everyday words for the press release: the patterns for its facts then read them too.
  [/\b(nyheten|utskicket|pressgrejen|pressreleasen|pressrelease)\b/gi, 'pressmeddelandet'],
  // "pm:et" is the press release (pressmeddelandet); "en PM" is a memo and stays.
  [/\bpm(?::et|:ets|et|:t)\b/gi, 'pressmeddelandet'],
  // A bare "pm" ("när kom pm?", "enligt pm", "pm:s rubrik") is the press release too; after an article it is a memo.
  [/(?<!\b(?:en|ett|a|an|the|this|that|ditt|mitt|vårt|vart)\s+)\bpm:s\b/gi, 'pressmeddelandets'],
  [/(?<!\b(?:en|ett|a|an|the|this|that|ditt|mitt|vårt|vart)\s+|\d\s*)\bpm\b(?!:)/gi, 'pressmeddelandet'],
  [/\bfin\.\s?borgarr/gi, 'finansborgarr'],
  // "fbr" is what officials write for finansborgarrådet.
  [/\bfbr(?::s)?\b/gi, 'finansborgarrådet'],
  // Chat Swedish: "e det …?" is "är det …?", "elr" is "eller".
  [/(?<=^|\s)e(?=\s+(det|den|de|dom|han|hon|detta|ni|du|vi|man|nya|andra|hon)\b)/giu, 'är'],
  [/(?<=^\s*)e(?=\s)/giu, 'är'],
  [/\belr\b/gi, 'eller'],
  [/^(\s*)va(?=\s+\p{L})/giu, '$1vad'],
  // The city's and the police's own abbreviations: stadsdelsförvaltning, lokalpolisområde, kommunstyrelsen.
  [/\bsdf(?::?erna|:arna)\b/gi, 'stadsdelsförvaltningarna'],
  [/\bsdf(?::?en|:s)?\b/gi, 'stadsdelsförvaltningen'],
  [/\bsdn\b/gi, 'stadsdelsnämnden'],
  [/\blpo(?::?n|:s)?\b/gi, 'lokalpolisområdet'],
  [/\bnuv\b\.?/gi, 'nuvarande'],
  [/\s\+\s/g, ' och '],
  // "polisen o staden": a lone "o" between words is "och" (Swedish has no such word of its own).
  [/(?<=\p{L}\s+|,\s*)o(?=\s+\p{L})/giu, 'och'],
  // "&" between words is "och"/"and"; the question's language decides nothing here, "och" is read by both.
  [/\s&\s/g, ' och '],
];

/**
 * Fixed phrases whose words mislead when read one by one: "come about" is how something came to
 * be ("kom i och med"), "in the first place" is no first agreement, "put first" is to prioritise,
 * "mot förut" compares with before rather than asking what came before.
 */
const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(come|came|comes|coming) about\b/gi, 'arose'],
  [/\bin the first place\b/gi, ''],
  [/\b(put|puts|putting|place|places|placing) (\w+ )?first\b/gi, 'prioritise $2'],
  [/(?<!\p{L})(jämfört med|jamfort med|mot|än|an) (förut|forut|tidigare)(?=\W*$|\W*[,?])/giu, ''],
  [/\b(compared (to|with)|than) before\b/gi, ''],
  // "how does he feel about it?" asks what he thinks, not about perceived safety ("upplevd").
  [/\b(feel|feels|felt) (about|of|regarding)\b/gi, 'think about'],
  [/\b(känner|kanner|ställer sig|staller sig) (inför|infor|till)\b/gi, 'tycker om'],
  [/\bto begin with\b|\bfrom the (start|outset)\b/gi, ''],
  [/\b(a )?step(s)? (forward|in the right direction)\b/gi, 'improvement'],
  [/\b(work|works|working|function|functions) (well|better|smoothly|properly)\b/gi, 'fungera bra'],
  [/\bmake (people|residents|everyone|stockholmers|citizens) feel (safe|safer|secure)\b|\bmake (it|the city|stockholm) (feel )?(safe|safer)\b/gi, 'trygghetsskapande'],
  // Local agreements are what the documents call "samverkansöverenskommelser" per district; "avtal" alone is every agreement.
  [/\b(lokala|local) (avtal(en)?|överenskommelser(na)?|overenskommelser(na)?|agreements?|deals?)\b/gi, 'lokala samverkansöverenskommelser'],
  // The four parties by their letters ("C, M, L och MP") are the parties behind the statement.
  [/\b(C|M|L|MP)\b(\s*,\s*(C|M|L|MP)\b)*\s*(och|and|&|samt)\s*(C|M|L|MP)\b/g, 'partierna'],
  // Written without "och": "C M L MP", "C/M/L/MP".
  [/\b(?:C|M|L|MP)(?:(?:\s*[,/]\s*|\s+)(?:C|M|L|MP)\b){2,}/g, 'partierna'],
  // Leaving a gang or crime is what the press release calls "avhopparverksamhet".
  [/\b(leav\w*|quit\w*|exit\w*|get\w* out of|getting out of|break\w* (away|free) from) (the |a |their )?(gangs?|gang life|crime|criminal (life|networks?|gangs?|environments?))\b/gi, 'avhopparverksamhet'],
  [/\b(lämna|lamna|lämnar|lamnar|ta sig ur|hoppa av från|hoppa av fran) (ett |sina |sitt )?(gäng\w*|gang\w*|kriminalitet\w*|kriminella (gäng|gang|nätverk|natverk|livet))\b/gi, 'avhopparverksamhet'],
  [/\b(gang )?defect(ors?|ion|ing)( from (the )?gangs?)?\b|\bavhoppare (från|fran) (gäng\w*|gang\w*)\b/gi, 'avhopparverksamhet'],
  // "på tapeten", "on the table": what the press release calls being discussed; "ringa in" is to identify.
  [/\b(på tapeten|pa tapeten|på bordet|pa bordet|på agendan|pa agendan|on the table|on the agenda)\b/gi, 'diskuteras'],
  [/\bringa in\b/gi, 'identifiera'],
  // "när det gäller skolan" is "regarding the school", not a question of validity.
  [/\b(när|nar) det (gäller|galler)\b/gi, 'angående'],
  // Young people "på väg åt fel håll", "som ligger illa till", "on the wrong track": what the statement calls "i farozonen".
  [/\b(på väg|pa vag|hamnar|hamna) åt fel håll\b|\b(på väg|pa vag|hamnar|hamna) at fel hall\b|\b(som )?ligger illa till\b|\bhamna(r)? snett\b|\bon the wrong (path|track)\b|\bgoing off the rails\b/gi, 'i farozonen'],
  // "det stora målet", "the big goal", "visionen": what the statement calls one of its most important goals.
  [/\b(det |the )?(stora|största|storsta|övergripande|overgripande|yttersta|big|biggest|main|ultimate|overall|overarching) (målet|malet|mål|mal|goal|aim|target)\b|\bhuvudmål\w*|\bhuvudmal\w*|\bvisionen\b/gi, 'viktigaste mål'],
  [/\b(the )?top cop\b/gi, 'the police chief'],
  // "tanken med", "the idea behind": the purpose; "in a nutshell", "kort sagt" ask nothing of their own.
  [/\b(tanken|iden|idén|grejen) (med|bakom)\b/gi, 'syftet med'],
  // "de centrala förvaltningarna" are what the press release calls "de stadsövergripande fackförvaltningarna".
  [/\bcentrala (fack)?(förvaltningar(na)?|forvaltningar(na)?)\b/gi, 'stadsövergripande fackförvaltningarna'],
  // "regionpolis chef", "polis chefen": the compound written apart.
  [/\b(region)?polis (chef(en)?)\b/gi, '$1polis$2'],
  // "är det tal om …?", "talas det om …?": is it mentioned.
  [/(?<!\p{L})(är|ar) det tal om\b|\btalas det om\b/giu, 'står det om'],
  // "dras in mer", "få en större roll": to be involved more, as the press release says of the administrations.
  [/\b(dras|dra|drar) in\b/gi, 'involveras'],
  [/\b(få|fa|får|far|ges|ha|har) (en )?större roll\b|\b(få|fa|får|far|ges|ha|har) (en )?storre roll\b/gi, 'involveras mer'],
  [/\b(leave|leaves|give|gives) (\w+ )?room for\b|\b(ger|ge|lämnar|lamnar) (\w+ )?utrymme (för|for)\b/gi, ''],
  [/\b(the )?(idea|thinking) (behind|of)\b/gi, 'the purpose of'],
  [/\b(in a nutshell|in one line|in a sentence|in plain words|in plain english|in simple terms|in short|in brief|briefly|kort sagt|i korthet|kortfattat|i en mening|enkelt uttryckt|på ren svenska|pa ren svenska)\b/gi, ''],
  // "who spoke for the police?", "vem pratar för staden?": the person quoted for it.
  [/\b(spoke|speaks|speaking|talks?|talked|pratar|pratade|talar|talade|uttalar sig|uttalade sig) (for|on behalf of|för|for) (the )?(police|polisen)\b/gi, 'is the police chief'],
  [/\b(spoke|speaks|speaking|talks?|talked|pratar|pratade|talar|talade|uttalar sig|uttalade sig) (for|on behalf of|för|for) (the )?(city|stan|staden|kommunen)\b/gi, 'is the finance commissioner'],
  // "vem skriver för miljöpartiet?": who signed for that party.
  [/\b(skriver|skrev|undertecknade|signerade) (för|for) (?=(c|m|l|mp|centerpartiet|moderaterna|liberalerna|miljöpartiet|miljopartiet|the centre party|the moderates|the liberals|the greens)\b)/gi, 'står bakom från '],
  // "överhuvudtaget", "at all", "by the way", "anyway" ask nothing of their own (letters, not \b: \b does not know "ö").
  [/(?<!\p{L})(at all|överhuvudtaget|overhuvudtaget|över huvud taget|over huvud taget|by the way|btw|förresten|forresten|anyway|anyhow|egentligen|alltså|alltsa|liksom)(?!\p{L})/giu, ''],
  [/\b(keep|keeps|kept|keeping) (\w+ ){0,3}in the loop\b/gi, 'informera'],
  // "law and order", "lag och ordning": what the statement calls a hard question ("inte bara en hård fråga").
  [/\b(law and order|lag och ordning|lag & ordning)\b/gi, 'hård fråga'],
  // "raise the bar", "höja ribban": what the police chief calls raising the ambitions.
  [/\b(rais\w*|lift\w*) the bar\b|\b(höj\w*|hoj\w*) ribban\b/gi, 'höjer ambitionerna'],
  // Attributed to the statement's authors: that is the statement ("enligt partierna", "according to the majority").
  [/\b(enligt) (de fyra |den grönblå |den gronbla )?(partierna|parterna|partiernas|majoriteten|författarna|forfattarna|undertecknarna|politikerna)( (som står |som star )?bakom (det särskilda |det sarskilda )?(uttalandet|det))?\b/gi, '$1 uttalandet'],
  [/\b(according to) (the four |the green-blue |the ruling |the )?(parties|majority|authors|signatories|signers|coalition|politicians)( behind (the )?(special )?statement)?\b/gi, '$1 the statement'],
  // Talking to someone is the documents' dialogue ("who should the city talk to?", "vilka ska de snacka med?").
  [/\b(talk|talks|talking|speak|speaks) (to|with)\b/gi, 'have a dialogue with'],
  [/\b(snacka|snackar|prata|pratar|tala|talar) med\b/gi, 'ha dialog med'],
  // "vad snackar dom om?": talking about is what a document says; "vem pratar om …?" still asks who.
  [/(?<!\b(?:vem|vilka|vem som|som|who)\s)\b(snackar|snackade|pratar|pratade) om\b/gi, 'om'],
  // The signatories as the ones who think or want something: what the statement says ("How do the signatories rate …?").
  [/\b(do|does|did|would) (the )?(four parties|signatories|signers|authors|undersigned)\b/gi, '$1 the statement'],
  [/\b(tycker|vill|anser|menar|skriver|föreslår|foreslar) (undertecknarna|författarna|forfattarna|de fyra partierna)\b/gi, '$1 uttalandet'],
];

export function expandShorthand(text: string): string {
  let expanded = text;
  for (const [pattern, replacement] of [...SHORTHAND, ...IDIOMS]) expanded = expanded.replace(pattern, replacement);
  return expanded.replace(/\s{2,}/g, ' ').trim();
}
