/**
 * Places and things the documents do not cover.
 *
 * Places:  the agreement is between the City of Stockholm and the
 * Stockholm police region only, so a question about another municipality, another police region
 * or another country's capital is a near miss ("Har Göteborg ett sådant avtal?"). Written lower
 * case and folded, so "goteborg" typed without ö is caught as well as "Göteborg". The
 * capital-letter rule catches other names; this list catches them typed in lower case.
 */
const OTHER_PLACES = `
goteborg gothenburg gbg malmo uppsala vasteras orebro linkoping helsingborg jonkoping norrkoping lund umea
gavle boras sodertalje eskilstuna halmstad vaxjo karlstad sundsvall lulea ostersund kiruna visby gotland
skane norrland dalarna varmland halland smaland blekinge
solna sundbyberg nacka huddinge botkyrka taby lidingo jarfalla sollentuna danderyd haninge tyreso varmdo
sodertorn norrtalje sigtuna upplands vallentuna osteraker ekero salem nynashamn
oslo kopenhamn copenhagen helsingfors helsinki berlin london paris
`;

const PLACE_WORDS: ReadonlySet<string> = new Set(OTHER_PLACES.split(/\s+/).filter(Boolean));

/** The other police regions ("region Väst", "polisregion Syd"). */
const OTHER_REGION = /\b(polis)?region(en)? (vast|syd|nord|mitt|ost|bergslagen)\b/;

/** Whether folded text names a place outside the agreement. */
export function namesOtherPlace(folded: string): boolean {
  if (OTHER_REGION.test(folded)) return true;
  return folded.split(/[^\p{L}\p{N}]+/u).some((word) => PLACE_WORDS.has(word) || PLACE_WORDS.has(word.replace(/s$/, '')));
}

/**
 * Ordinary words of municipal and police work that the two documents never use: roles, other
 * authorities, crime types and resources an official may ask about. Typed exactly they are a
 * topic of their own, never read as a typo of a document word ("mayor" is not "major", "resurser"
 * is not covered by "fler kameror"): the question is a near miss and is refused. Folded.
 */
const NOT_IN_DOCUMENTS = `
mayor borgmastare borgmastaren ordforande ordforanden chair chairs chaired chairman chairwoman chairperson president
minister ministern statsminister justitieminister inrikesminister rikspolischef rikspolischefen polismastare kommunpolis kommunpoliser
kommunalrad oppositionsrad stadsdirektor stadsdirektoren director ceo vd sekreterare secretary spokesperson talesperson pressekreterare
raddningstjansten raddningstjanst brandkar brandforsvaret brandforsvar firefighters kriminalvarden kriminalvard prison prisons probation tullen customs
kustbevakningen forsakringskassan arbetsformedlingen migrationsverket regeringen government riksdagen parliament
resurser resources personal staffing officers poliser polisstation polisstationer headcount
narkotika narkotikan drugs drug knark gangs gangkriminalitet gangvald klotter graffiti trafik traffic trafiksakerhet
cykelstolder stolder theft thefts inbrott burglary burglaries bedragerier fraud cybercrime cyberbrott hedersvald hedersrelaterat
visitationszoner visitationszon visitation parkering parking parkeringsboter fines boter
utvardering utvarderats utvardera evaluated evaluation evaluate resultat results statistik statistics brottsstatistik
mote moten motet motena meeting meetings meet meets traffas traffa mots motas sammantrade sammantraden polisfacket facket fackforbund union unions
opposition oppositionen socialdemokraterna sverigedemokraterna vansterpartiet kristdemokraterna
lag lagen lagar lagstiftning law laws legislation legal legally juridisk juridiskt juridiska tillstand tillstandet permit permits licens license
sekretess sekretessen secrecy confidentiality gdpr dataskydd dataskyddet dataskyddsforordningen
oppettider oppettiderna trygghetsmatning trygghetsmatningen survey surveys enkat enkaten ledningscentral delegationsordning delegationsordningen
sajt sajten webbplats webbplatsen hemsida hemsidan website websites alder aldern utbildar utbildas fritidsgard fritidsgardar fritidsgardarna
anmala anmaler anmalan polisanmalan polisanmala bars krogar krogarna barer alkohol alcohol serveringstider
earn earns earning earnings salary salaries wage wages lon lonen loner lonerna arvode arvodet valet election elections
weekend weekends helg helger helgen helgerna staffed bemannad bemannat bemannas dygnet
`;

const NEAR_MISS_WORDS: ReadonlySet<string> = new Set(NOT_IN_DOCUMENTS.split(/\s+/).filter(Boolean));

/** Whether a folded word names something the documents do not cover (see NOT_IN_DOCUMENTS). */
export function isNearMissWord(folded: string): boolean {
  return NEAR_MISS_WORDS.has(folded);
}
