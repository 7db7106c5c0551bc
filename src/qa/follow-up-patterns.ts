/**
 * How a follow-up leans on the previous answer, read from its folded text: "och varför?", "källa?",
 * "stämmer det?", "vilka är dom?", "and the other one?". `answer-questions.ts` resolves them
 * against the conversation's topic.
 */
export const FOLLOW_UP = /^(och|men|samt|and|but|so|what about|how about)\b|\b(han|hon|honom|henne|he|she|him|her|they|them|dem|dom|det|den|it|that|this|dess|hans|hennes|his|their)\b|^(varfor|why)\W*( da)?\W*$/;
export const SOURCE_ASK = /^\W*(and |och |o |ok,? |okej,? )?(the )?(in english|pa engelska|(i )?vilket (dok|doc)|quote it (pls|please)|citera (meningen|stycket)( da)?|source|sources|kalla|kallan|kallor|reference|citation|(can you |could you |kan du )?(cite|quote|citera) (it|that|det|detta)|cite it|quote it|citera( det)?|where does it say( that| so)?|where is that (written|from|stated)|where (did|do) you (get|find) (that|it)|var star det( skrivet)?|var har du (fatt )?det (ifran|fran)|vilket dokument( star det i| kommer det fran)?|which document( is that from| says (that|so))?|(i vilket|in what|in which) (sammanhang|context)( (namns|star|sags|namndes|is (it|that) (mentioned|said|stated)|was (it|that) (mentioned|said)))?( det| detta)?|var (namns|sags|nämns) det|where is (it|that) mentioned|(quote me |give me )?(the )?exact (wording|words)|(kan du )?citera (det )?(exakt|ordagrant)|ordagrant|word for word|verbatim|exakt (formulering|ordalydelse))\W*$/;
/** A follow-up asking why what was just quoted holds, or what it is for. */
export const REASON_ASK = /^\W*(och |and |but |men |so )?((why|varfor) (was|did|were|is) (it|the first( one| agreement)?|that|this) (introduced|come about|arose|arise|created|set up|needed|made|written)( at all| in the first place| alls)?|what brought (it|that|this) about( in the first place)?|(vad|what) (var|was) (det|it|that) (ett |a )?(resultat|result) av|(a )?result of what|i samband med vad|what did it come (with|from|out of)|vad kom (det|den) (av|ifran)|varfor kom (det|den) till( alls)?|varfor( da| det| det da| ar det sa| ar det viktigt| ar det viktigt da)?|i vilket syfte( da)?|(och )?vad (ar|var) syftet( med det| med det da)?|(och )?syftet( med det)?( da)?|(och )?vad (ar|var) poangen( med det)?( da)?|what'?s the point( of it| of that)?|av vilken anledning|hur kommer det sig|vad ska det vara bra for|varfor behovs det|how come|why( so| is that| then| is that so| is that important| is (that|it) (so |especially |particularly |that )?important( to (them|him|her|the parties))?| does (that|it) matter| do they want that| is it needed)?|what for|for what purpose|to what end|(with|for|to) what (aim|goal|purpose)|med vilket syfte|i vilket syfte|what is the purpose( of that| of it)?|what's the point( of that)?|what (led|leads) to (it|that|this)|what (caused|triggered) (it|that|this)|vad (ledde|ledde fram) till (det|den|detta)|hur (kom|uppstod) (det|den) till|varfor (kom|blev) (det|den) (till)?)\W*$/;
/** "syfte?", "purpose?", "to achieve what?": what the passage just quoted is for, a purpose rather than a cause. */
export const PURPOSE_ASK = /^\W*(och |and |but |men |so |ok,? )?(syfte|syftet|purpose|the purpose|aim|i vilket syf\w*|med vilket syf\w*|(for|to) (achieve|accomplish|reach|get) what|vad ska det (leda till|ge|uppna)|what for|for what( purpose)?|(vad|what) (ar|is) (det|it|that) (till )?for)( da| then| isafall| i sa fall| exactly| exakt)?\W*$/;
/** "och i vanliga fall?", "and otherwise?" after a passage on a special case: the rest of what that passage says. */
export const OTHERWISE = /^\W*(och |o |and |men |but |so )?(annars|otherwise|i ovrigt|i vanliga fall|till vardags|normalt|normally|usually|in general|generellt|lopande|ongoing|day to day|day-to-day|the rest of the time|resten av tiden|for ovrigt)( da| then)?(,? (lopande|ongoing|regularly))?\W*$/;
/** "är hon ensam?", "is she the only one from M?", "var det fler från M?": whether a signatory signed alone. */
export const SIGNED_ALONE = /\b(ensam|alone|the only|den enda|enda|fler (fran|for)|others? (from|for)|anyone else (from|for)|more (from|for))\b/;
/** "var ska det tas upp?", "where should that be written down?": where the passage just quoted wants it taken up. */
export const WHERE_WRITTEN = /\b(var|where|i vilket dokument|in which document|in what document|i vad)\b.*\b(tas upp|skrivas( in| ned| ner)?|sta|ska in|inkluderas|written( down)?|included|addressed|taken up|put|go|covered)\b/;
/** "namn på dom?", "vilken person?": the names of those just mentioned. */
export const NAMES_ASK = /^\W*(och |o |and |ok,? )?(namn|namnen|names?|the names?|names please|namn pa (dom|dem|de|personen|personerna|henne|honom)( som \w+( \w+)?)?|vilken person|vilka personer|which person|which people|name of the person)( da| then| tack| please)?\W*$/;
/** "och vad ska ersätta det?", "and what replaces it?": what comes after the current agreement. */
export const REPLACES = /\b(ersatt\w*|ersatter|replac\w*|kommer efter|comes? after|tar over|takes? over|efterfoljare|successor)\b/;
/** "så vad följer av det?", "so what follows from that?": what the passage just quoted says comes of it. */
export const CONSEQUENCE_ASK = /^\W*(och |and |but |men |ok,? )?(sa |so )?(vad (foljer|blir foljden|blir konsekvensen|leder (det|detta) till|innebar det for (avtalet|overenskommelsen|handlingsplanen))( av (det|detta))?|what follows( from (that|it|this))?|what (does|should) (that|it|this) lead to|what'?s the (consequence|upshot)|vad vill (de|dom) att det ska leda till|what do they want (it|that) to lead to|(och |so )?what then|vad drar (de|dom) for slutsats\w*|what do they conclude( from (it|that))?)\W*$/;

/** "citera Jerlmyr ordagrant", "citat?", "quote him word for word": a person's own words asked for as such. */
export const QUOTE_ASK = /\b(citera|citat|citatet|citaten|quote|verbatim|ordagrant|word for word|exact words|exakta ord)\b/;
/** "citera resten", "quote all of it": everything the person said, not one sentence. */
export const ALL_OF_IT = /\b(resten|rest|allt|all|hela|whole|everything|full|fullt|i sin helhet|in full)\b/;

/** "vad menas med operativ?", "what does operational mean here?": what a word of the passage means (group 3 or 5: the word). */
export const MEANING_ASK = /^\W*(?:och |and |so |men |but )?(?:(vad (?:menas|avses|betyder|innebar) med|what (?:is|'?s) meant by|what do (?:they|you) mean by)\s+(.+?)|(what does|vad betyder)\s+(.+?)\s+(?:mean|betyda|innebara))(?:\s+(?:here|there|har|dar|in this context|in that context|i det har sammanhanget|i det sammanhanget|then|da|(?:in|i) (?:the statement|the press release|uttalandet|pressmeddelandet)))?\W*$/;

/** A check of what was just said: "is that right?", "stämmer det?", "hon e M va?". */
export const CONFIRMATION = /\b(is that (right|correct|true)|right|correct|stammer (det|de)|eller hur|va|visst|ja)\W*$|^\W*(sa (det ar|de ar|dom ar|han ar|hon ar)|so (it'?s|it is|he'?s|she'?s|they'?re))\b|^\W*(so|sa)\b(?!.*\b(what|why|how|who|when|where|which|vad|varfor|hur|vem|nar|var|vilk\w*)\b).*\b(is|are|was|ar)\b/;
export const CONFIRMATION_TAG = /[,\s]*\b(is that (right|correct|true)|right|correct|stämmer (det|de)|stammer (det|de)|eller hur|va|visst|ja)\W*$/i;
/** "who brought them up?", "vem nämnde det?": who said what was just quoted. */
export const WHO_SAID_IT = /^\W*(och |and |so |but |men )?(who|vem) (brought (it|that|them|this) up|mentioned (it|that|them|this)|talked about (it|that|them)|sa det|sade det|namnde (det|dem|dom|detta)|tog upp (det|dem|dom|detta)|pratade om (det|dem|dom))\W*$/;
/** "enligt vem?", "who says X?", "vem pratar om kameror?": who stands behind what is said (group 3: what). */
export const SOURCE_OF = /^\W*(och |and |so |but |men )?(enligt vem|sager vem|according to whom|says who|(?:who|which) (?:of (?:them|the two) )?(?:was it (?:that |who )?|is it (?:that |who )?)?(?:says|said|argues|thinks|claims|claimed|talks about|talked about|mentions|mentioned|brings up|brought up)|vem (?:av (?:dem|dom|de) )?(?:var det som |ar det som )?(?:sager|sa|sade|tycker|menar|pastar|pastod|havdar|pratar om|pratade om|talar om|talade om|snackar om|snackade om|namner|namnde|tar upp|tog upp)|vilka (?:var det som |ar det som )?(?:sager|sa|sade|tycker|menar|pratar om|pratade om|talar om|tog upp))\b(?:\s+(?:att|that))?\s*(.*?)\W*$/;
/** "is that in the statement or the press release?": which document the passage just given comes from. */
export const WHICH_DOCUMENT = /\b(statement|uttalandet) (or|eller) (in )?(the )?(press release|pressmeddelandet)\b|\b(press release|pressmeddelandet) (or|eller) (in )?(the )?(statement|uttalandet)\b/;
/** "name?", "vad heter han?": the name of the person just quoted. */
export const NAME_ASK = /^\W*(and |och )?(name|namn|namnet|his name|her name|vad heter (han|hon)|what'?s (his|her) name|remind me of (his|her) name)( again| igen)?\W*$/;
/** "and the city's take?", "och polisens svar på det?" after one side's words: the other side's (group 1: the side). */
export const OTHER_SIDE = /^\W*(?:och |and |o |men |but |what about |how about )?(?:(?:one|a quote|ett citat|ett|citat) (?:from|fran) )?(?:the )?(city|city['’]s|staden|stan|stadens|stans|police|police['’]s|polisen|polisens)(?: take| view| side| response| answer| svar| syn| sida| installning| perspective)?(?: (?:pa|on) (?:det|it|that|this))?(?:,? (?:haller (?:den|de|dom|han|hon) med|does (?:it|he|she|they) agree|agrees?|too|ocksa))?(?: da| then)?\W*$/;
/** "closing words?", "hans sista mening?": the last thing a person says. */
export const CLOSING_WORDS = /\b(closing|last|final|sista|avslutande)\b.{0,12}\b(words?|line|lines|sentence|mening|meningen|ord|orden|repliken)\b/;
/** "and the other one?", "och den andra?": the other of two people. */
export const OTHER_ONE = /^\W*(and |och )?(the other( one)?|den (andra|andre)|den andra personen|the other person)\W*$/;
/**
 * "och i uttalandet?", "nej, jag menade pressmeddelandet", "no, I meant the press release – what does it say
 * about X?": the previous question (or, after a correction, the rest: group 2) asked of that document (group 1).
 */
export const IN_DOCUMENT = /^\W*(?:och |and |men |but |what about |how about )?(?:i |in |enligt |according to )?(?:the |det )?(uttalande\w*|press ?me+d+e?l+ande\w*|press ?releas\w*|statement)(?: da| then| istallet| instead)?\W*$|^\W*(?:nej|na|no|nope|sorry|forlat|oj)?\W*(?:jag menade|jag menar|i meant|i mean)\W+(?:i |in |enligt |the |det )*(uttalande\w*|press ?me+d+e?l+ande\w*|press ?releas\w*|statement)\b\W*(.*?)\W*$/;
/** "does the statement say the same?", "står det samma sak i uttalandet?": the previous question asked of that document (group 1). */
export const SAME_IN_DOCUMENT = /^\W*(?:and |och |so )?(?:does|did|what does|do) (?:the )?(statement|press release|uttalande\w*|pressmeddelande\w*) (?:say|mention|state) (?:the same|so too|that too|anything (?:about it|similar)|so)\W*$|^\W*(?:och )?(?:sager|star det|star) (?:det )?(?:samma( sak)?|likadant|nat liknande|nagot liknande) (?:i )?(uttalande\w*|press ?me+d+e?l+ande\w*)\W*$|^\W*(?:but |men )?(?:the )?(statement|press release|release|uttalande\w*|pressmeddelande\w*) (?:does|did|gor det|gjorde det)(?: though| then| da)?(?:,? (?:right|va|eller))?\W*$/;
/** "and the other document?", "och det andra dokumentet?" alone: the previous question asked of the other document. */
export const OTHER_DOCUMENT_ALONE = /^\W*(?:och |and |what about |how about )?(?:i |in )?(?:det andra (?:dokumentet|dokument|doket)|andra (?:dokumentet|doket)|the other (?:document|doc|one))(?: da| then)?\W*$/;
/** The other of the two documents: "det andra dokumentet", "the other document". */
export const OTHER_DOCUMENT = /\b(det andra dokumentet|andra dokumentets?|the other (document|doc|one)('s)?|the other document's)\b/;
/** "vilka är dom?", "who are they?": the people behind what was just quoted. */
export const WHO_ARE_THEY = /^\W*(och |and )?(vilka|vem|who) (ar|is|are|var|were) (dom|de|dem|they|them|vi|we)\W*$|^\W*(och |and )?(vilka|who) (dom|de) (ar|is)\W*$|^\W*(och |and )?(vems|whose) (\p{L}+ )?(ar|is|var|was) (det|den|detta|that|this|it)\W*$|^\W*(och |and )?(who says (so|that)|says who|sager vem|vem sager (det|sa))\W*$/u;
/** A follow-up asking how what was just quoted is meant. */
export const ELABORATE = /^\W*(och |and |but |men |so )?(in what way|how so|how come|what do (they|you) mean|meaning what|like what|such as|pa vilket satt|hur da|hur menar (de|dom|du|han|hon|ni)|hur sa|vad menas( med det)?|vad innebar det( da)?|till exempel|t ex|exempel|example|examples|for example|som vad|what does (that|it|this) mean( in practice)?|what does that look like|in what respects?|in which ways?|how exactly|hur exakt|pa vilka satt|hur da,? (konkret|rent konkret|exakt)|how,? (concretely|exactly|specifically)|(to do )?what exactly|(kan du |could you |can you )?(utveckla|elaborate|expand)( det| lite| mer| on (that|it|this)| pa det)?( please| tack)?|vad innebar (det|detta) i praktiken|hur ser det ut i praktiken|in practice|meaning|vad betyder det|what is meant)( by (that|it|this)| med det| med detta| da| then| here| har| exactly| exakt)?\W*$/;
/** "är det polisens nummer?", "is that the police's?": checking the fact just given. */
export const CHECKS_FACT = /^\W*(och |and |but |men |so )?(ar (det|den|detta|de|dom)|is (that|it|this)|are (they|those))\b/;
export const WHAT_ELSE = /^\W*(och |and |so |but )?(what else|anything else|and so|sen da|and then|then what|what more|more|tell me more|what else does (it|the \w+) say|vad mer|nagot mer|nat mer|nagot annat|nat annat|vad annat|mer|finns det (nagot |nat )?mer|star det (nagot |nat )?(mer|annat)|vad star det mer|vad mer star det)\W*$/;
/** Words that point back to what was just said. */
export const POINTS_BACK = /\b(han|hon|honom|henne|he|she|him|her|they|them|dem|dom|det|den|it|that|this|those|these|dess|hans|hennes|his|their|its|dar|there|da|then|else|annat|mer|more)\b/;
/** "vad syftar det på?", "what was he referring to?": what "det" in the passage points back to. */
export const REFERS_TO = /^\W*(och |and |so |men |but )?(vad syftar (det|han|hon|de|dom) pa|syftar (det|han|hon|de|dom) pa vad|(syftar )?pa vad( da)?|what (was|is|were|are) (he|she|it|that|they) referring to|what (does|did) (that|it|he|she) refer to|referring to what)\W*$/;
/** "och sist?", "and at the end?" after a person's words: the last thing they say. */
export const LAST_WORDS = /^\W*(och |and |o )?(sist|sista|last|lastly|finally|at the end|i slutet|till sist|slutligen)( da| then)?\W*$/;
/** "och framåt?", "and going forward?" after a person's words: what they say of what is to come. */
export const AHEAD = /^\W*(och |and |men |but )?((hur ser (han|hon) pa det|what about|how about) )?(framat|framover|i framtiden|going forward|in the future|for the future|ahead|looking ahead)( da| then)?\W*$/;
/** "what else did she say?", "vad sa han mer?": the rest of a person's words. */
export const REST_OF_WORDS = /^\W*(and |och |so )?(what else (did|does) (she|he) (say|think)|what more did (she|he) say|vad mer (sa|sade|sager|tyckte) (hon|han)|vad (sa|sade|sager) (hon|han) mer|anything else from (her|him)|nat mer fran (henne|honom))\W*$/;
/** "titel?", "and his role?" after a person: who that is. */
export const TITLE_ASK = /^\W*(och |and |o )?(hans |hennes |his |her |their )?(titel|title|roll|role|befattning|position|job)\W*$/;
/** "and in international format?", "time zone?", "whose?" after a fact: a detail the fact just given holds. */
export const FACT_DETAIL = /\b(international\w*|internationellt|landsnummer|landskod|country code|\+46|utlandsn(?:r|ummer)|fran utlandet|from abroad|outside sweden|int\.? journalist\w*|utlandsk\w*|foreign|time ?zone|tidszon\w*)\b|^\W*(and |och |o )?(whose|vems|which organi[sz]ation|vilken organisation|till vem|to whom)( is (that|it)| number| nummer| ar (det|det da))?\W*$/;
/** "mellan vilka?", "together with whom?": the sides a passage names. */
export const BETWEEN_WHOM = /^\W*(och |and )?(\p{L}+ )?(mellan vilka|between whom|between who|between which|(tillsammans )?med (vilka|vem|vilken)|(together )?with (whom|who|which))( (parter|parties|forvaltning\w*|administrations?))?( da| then| exactly| exakt)?\W*$/u;
/** "what goal exactly?", "a tool to reach what?", "vilket mål då?": the goal a passage names. */
export const GOAL_ASK = /^\W*(och |and |so )?((what|which|vilket|vilka) (goal|goals|mal|malet|aim)( exactly| da| then| is that| (pratar|talar|menar|syftar) (de|dom|han|hon|ni) (om|pa)| (are they|is (he|she)|do they) (talking about|referring to))?|(a tool |ett verktyg )?(to reach|for reaching|att na|att uppna|for att na) (what|which goal|vad|vilket mal)|what'?s the (end |ultimate |final )?goal( for (her|him|them))?|vad ar (slut)?malet( for (henne|honom|dem|dom))?|(the )?(end |ultimate |final |overall |big )?(goal|aim|mal|malet)( (it|they|that) (serves?|helps? (to )?reach))?)\W*$/;
/** "var då?", "where is he police chief?" after a person: where their role is. */
export const WHERE_ASK = /^\W*(och |and )?(var|where)( da| then| is (he|she)( \w+){0,3})?\W*$/;
/** "is the Social Democrats among them?", "är hon en av dem?": checked against a list just given. */
export const AMONG_THEM = /\b(among them|one of them|bland dem|bland dom|en av dem|en av dom|med bland dem)\b/;
/** "C?", "the L guy?", "och hon från MP?", "and the Green one?": the statement's signatory for a party (group 1: the party). */
export const PARTY_ALONE = /^\W*(?:och |and |o |okej |ok |sa |so )?(?:(?:vem|who)(?: ar|'?s| is| star| stod| skrev| var det| ar det| is it| was it| signed| wrote| stands)?(?: da| then)? )?(?:(?:hon|han|den|she|he|the one) )?(?:(?:fran|from|for) )?(?:the )?(c|m|l|mp|centerpartiet|centern|centerns|centerpartisten|moderaterna|moderaternas|moderaten|liberalerna|liberalernas|liberalen|miljopartiet|miljopartiets|miljopartisten|green|greens|green party|centre|center|centre party|center party|liberal|liberals|moderate|moderates)(?: one| guy| person| representative| woman| man| politician| name| namn| namnet|-?representanten|-?ledamoten|-?politikern)?(?: on it| i uttalandet| pa uttalandet| under uttalandet| in the statement)?(?: (?:e|ar|is|was|var) (?:med|ocksa med|in|in it|on it|with them))?\W*$/;
