import { foldText } from './normalize-text.ts';

/**
 * Words that frame a question without naming its topic ("enligt", "according", "säger"). They
 * are neither matched nor counted as unknown. Anything else a question says must be found in
 * the documents (after stemming, compounds, typos and the glossary), or the answer is a refusal.
 * Stored folded.
 */
const FRAME = `
enligt nagot nat nagon nagra alls egentligen da dar ju val nog hela helt konkret typ exempel exempelvis
saga sager sa sagt sagts sades star stod namns namner namnt namnd tycker tyckte anser menar skriver skrivs skrev
innebar innebara betyder handlar galler gallde finns fanns med mer om enligt kring angaende rorande
vill ska skall kommer kunna kan far fa maste behover borde bor hander hande ga gar gick
ar var vara varit blir bli blev gor gora gjorde gjort har hade ha haft ta tar
sag sags vad vem vilka vilken vilket vilkas vems hur nar varfor vart varifran
och eller men samt ocksa aven sedan nu idag dag annu redan fortfarande
det den dom dem de han hon hans hennes deras dess detta denna dessa sin sitt sina
uttalande uttalandet uttalanden pressmeddelande pressmeddelandet pressmedelande pressmedelandet dokument dokumentet dokumenten
avtal avtalet avtalen samverkansavtal samverkansavtalet overenskommelse overenskommelsen
according say says said saying mention mentions mentioned mentioning state states stated statement statements
document documents text release press deal agreement agreements contract include includes included
regarding concerning about there anything something whether also else yet still now today then
think thinks want wants get gets got need needs give gives given put puts make makes made
tell told describe describes described explain mean means meaning talk talks talked refer refers
characterise characterises characterised characterize characterizes characterized portray portrays portrayed depict depicts depicted
context exist exists kind sort type part parts regard role roles
what whats who whos which when where why how does do did is are was were be been being will would can could should
ansvar ansvarar ansvarig ansvariga ansvarade ager agare driver leder hand samordnar kontaktperson kontaktpersoner
responsible responsibility owns own owner owners charge lead leads handles handle accountable
giltig giltigt giltighet giltighetstid lange valid validity expire expires expiry
fokus fokusomrade fokusomraden fokusomradena samverkansomrade samverkansomraden samverkansomradena omrade omraden omradena
omfattar innehaller innehalla innehalls inkludera inkluderar inkluderas tacker ingar lista list cover covers covered focus areas area included contain contains containing including tillbaka back
stadsdelsomrade stadsdelsomraden stadsdelsomradena
fokuserar satsar info information
samma sak behovs behovas long
bakom behind between mellan special sarskilda sarskilt called heter come came place draw draws drawn up out run runs
hitta hittar hor hora keep keeps langre longer one ones until till questions question fragor ringa ringer call veta know
samband ske sker set sets sorts slags belong belongs exactly exakt exakta exact precis ordagrant asap snarast utlandet utland utomlands abroad else other annan andra annat
go goes going went come comes take takes taken happen happens happened begin begins start starts started continue continues
plan plans planned intend intends expected supposed happen mean actually really exactly specifically specific generally overall
much many very quite rather just only even still already ever never always sometimes
first second last next previous new old current same different own
anything everything nothing someone anyone everyone somebody
do done doing does use used using see seen look looks find found show shows
borja borjar fortsatta fortsatter tanka tankt tanker planerad planerat planeras tankt sag hur mycket sjalva sjalv
egentligen faktiskt direkt precis ungefar bara aven forst sist nasta forra samma olika egen egna
ange anges angav uppge uppger beskriv beskriver beskrivs forklara forklarar nagonstans
ny nya nytt needed necessary nodvandig nodvandigt nodvandiga
vissa viss visst somliga certain some halla haller hallit
announcement announcements tillkannagivande
fullstandig fullstandiga fullstandigt full complete entire
nangang nangon nanting nanstans nagongang nagonting nanslags overhuvudtaget overhuvud taget nagonsin
try tries trying tried forsoka forsoker forsokte both bada become becomes became becoming
slutet borjan inledningen stycket stycke styckena paragraph paragraphs
able possible signatories signers undertecknarna undertecknare alltsa asså assa liksom gentemot ens
apart besides except forutom utover
towards toward wat waht wich whos matter matters mattered va
him hers us annorlunda comment comments commented commenting remark remarks too either
anywhere somewhere everywhere few couple true
kallar kallas kallade ok okay right title titles swedish kort nan mest deciding writing brief colleague kollega kollegor
listed key carry riktigt spela spelar spelled basis ks headline headlines
snacka snackar snackade snackat pratade pratat talade
`;

export const FRAME_WORDS: ReadonlySet<string> = new Set(FRAME.split(/\s+/).filter(Boolean).map(foldText));

export function isFrameWord(foldedWord: string): boolean {
  return FRAME_WORDS.has(foldedWord);
}
