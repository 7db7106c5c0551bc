import { foldText } from './normalize-text.ts';

/**
 * Words that carry no topic. Besides the usual function words they hold the question verbs
 * (står, säger, finns …) and the words every question about the agreement uses (avtalet, deal),
 * because those would otherwise match every section equally. Stored folded (no diacritics).
 */
const SWEDISH = `
och det att i en ett jag hon som han pa den med var sig for sa till ar men om hade de av icke mig du
henne da sin nu har inte hans honom skulle hennes dar min man ej vid kunde nagot nagon nagra nat
fran ut nar efter upp vi dem vara vad over an dig kan sina har ha mot alla under eller allt mycket
sedan ju denna sjalv detta at utan varit hur ingen mitt ni bli blev oss din dessa deras blir mina
samma vilken er sadan var blivit dess inom mellan sadant varfor varje vilka ditt vem vilket sadana
vart dina vars vart vara ert era vilkas dom dej mej ocksa bara sen hos kring
gor gora gjorde ska skall skulle finns fanns finnas star stod sager sa sags namns namner handlar
menas betyder innebar beratta visa vill far fa kan kunna kanske nagonting typ lite
text texten dokument dokumentet avtal avtalet avtalen samverkansavtal samverkansavtalet
overenskommelse overenskommelsen overenskommelserna fraga fragan fragor
hej tack snalla info information ta tar tas tog ge ger gav
`;

const ENGLISH = `
a an the and or of to in on at by for from with about as is are was were be been being it its this
that these those there here what which who whom whose when where why how do does did doing done
have has had having i me my we our you your he she they them their his her can could would should
will shall may might must not no yes any anything something some all also just than then so if
say says said saying mention mentions mentioned tell tells show write written
agreement agreements deal document text please thanks hi hello
itself himself herself themselves ourselves yourself myself like such
re ll ve don doesn didn isn aren wasn won
`;

function toSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(foldText));
}

export const SWEDISH_STOP_WORDS = toSet(SWEDISH);
export const ENGLISH_STOP_WORDS = toSet(ENGLISH);

export function isStopWord(foldedWord: string): boolean {
  return SWEDISH_STOP_WORDS.has(foldedWord) || ENGLISH_STOP_WORDS.has(foldedWord);
}
