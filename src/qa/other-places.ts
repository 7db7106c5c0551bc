/**
 * Places the documents do not cover: the agreement is between the City of Stockholm and the
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
