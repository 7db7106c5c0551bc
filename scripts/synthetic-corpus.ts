/**
 * A synthetic corpus for scale benchmarks: documents of plausible Swedish prose about the
 * cooperation between the city and the police, built deterministically from a seed (same seed,
 * same corpus), as Agreement documents, with questions about them. Marked as demo data: none of it
 * is true.
 */
import type { Agreement } from '../src/domain/model.ts';

export interface SyntheticCorpus {
  documents: Agreement[];
  questions: string[];
}

export interface CorpusOptions {
  tenantId: string;
  seed?: number;
  /** One page is one section of about `pageChars` characters. */
  pages?: number;
  pagesPerDocument?: number;
  pageChars?: number;
  questions?: number;
}

const DISTRICTS = [
  ['rinkeby-kista', 'Rinkeby-Kista'],
  ['spanga-tensta', 'Spånga-Tensta'],
  ['hasselby-vallingby', 'Hässelby-Vällingby'],
  ['bromma', 'Bromma'],
  ['kungsholmen', 'Kungsholmen'],
  ['norrmalm', 'Norrmalm'],
  ['ostermalm', 'Östermalm'],
  ['sodermalm', 'Södermalm'],
  ['enskede-arsta-vantor', 'Enskede-Årsta-Vantör'],
  ['skarpnack', 'Skarpnäck'],
  ['farsta', 'Farsta'],
  ['hagersten-alvsjo', 'Hägersten-Älvsjö'],
  ['skarholmen', 'Skärholmen'],
] as const;

const ACTORS = [
  'Stadsdelsförvaltningen',
  'Lokalpolisområdet',
  'Socialtjänsten',
  'Utbildningsförvaltningen',
  'Fältassistenterna',
  'Trafikkontoret',
  'Bostadsbolagen',
  'Kulturförvaltningen',
  'Idrottsförvaltningen',
  'Styrgruppen',
  'Kommunpolisen',
  'Arbetsmarknadsförvaltningen',
];
const VERBS = ['genomför', 'följer upp', 'samordnar', 'planerar', 'utvärderar', 'ansvarar för', 'prioriterar', 'dokumenterar', 'förstärker', 'rapporterar om'];
const TOPICS = [
  'trygghetsvandringar',
  'sociala insatser mot unga',
  'avhopparverksamheten',
  'kamerabevakningen',
  'ordningsvakternas arbete',
  'det förebyggande arbetet mot våldsbejakande extremism',
  'insatserna mot skjutvapenvåld',
  'åtgärderna mot olagliga bosättningar',
  'skolan som arena för förebyggande arbete',
  'den lokala problembilden',
  'föräldravandringar',
  'belysningen i parker och gångtunnlar',
  'sommarjobben för unga',
  'samverkan kring större arrangemang',
  'klotterplanering och renhållning',
  'medborgardialoger',
];
const PLACES = ['kring tunnelbanestationen', 'i centrumanläggningen', 'vid skolorna', 'i parkerna', 'längs gång- och cykelvägarna', 'på fritidsgårdarna', 'i bostadsområdena', 'vid idrottsplatserna'];
const WHEN = ['varje vecka', 'varje månad', 'en gång per kvartal', 'inför sommarlovet', 'under hösten', 'vid behov', 'två gånger per termin', 'inför nyårshelgen'];
const PURPOSES = [
  'för att öka tryggheten för de boende',
  'så att unga får stöd i tid',
  'för att minska brottsligheten i området',
  'så att insatserna når dem som behöver dem mest',
  'för att samordna resurserna bättre',
  'utifrån den lokala problembilden',
  'i enlighet med den övergripande överenskommelsen',
];
const HEADINGS = ['Bakgrund', 'Mål', 'Lägesbild', 'Åtgärder', 'Ansvar', 'Uppföljning', 'Kommunikation', 'Resurser', 'Tidplan', 'Samverkansformer', 'Risker', 'Utvärdering'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'augusti', 'september', 'oktober', 'november', 'december'];

/** mulberry32: a small, fast, seedable generator; good enough to vary sentences. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildSyntheticCorpus(options: CorpusOptions): SyntheticCorpus {
  const { tenantId, seed = 2019, pages = 200, pagesPerDocument = 10, pageChars = 2500, questions = 200 } = options;
  const random = randomFrom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const year = () => 2019 + Math.floor(random() * 7);
  const dateText = () => `${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${year()}`;

  const sentence = (district: string): string => {
    switch (Math.floor(random() * 4)) {
      case 0:
        return `${pick(ACTORS)} ${pick(VERBS)} ${pick(TOPICS)} ${pick(PLACES)} i ${district} ${pick(WHEN)}.`;
      case 1:
        return `${pick(ACTORS)} ${pick(VERBS)} ${pick(TOPICS)} från och med ${dateText()} ${pick(PURPOSES)}.`;
      case 2:
        return `I ${district} har ${pick(TOPICS)} ${pick(PLACES)} lyfts fram som en prioritering, och ${pick(ACTORS).toLowerCase()} ${pick(VERBS)} arbetet ${pick(WHEN)}.`;
      default:
        return `Enligt uppföljningen ${dateText()} behöver ${pick(TOPICS)} ${pick(PURPOSES)}, vilket ${pick(ACTORS).toLowerCase()} ${pick(VERBS)} tillsammans med polisen.`;
    }
  };
  // Sentences until the page is full, three to five to a paragraph.
  const page = (district: string): string => {
    let text = '';
    let inParagraph = 0;
    let paragraphLength = 3 + Math.floor(random() * 3);
    while (text.length < pageChars) {
      const separator = text === '' ? '' : inParagraph === paragraphLength ? '\n\n' : ' ';
      if (separator === '\n\n') [inParagraph, paragraphLength] = [0, 3 + Math.floor(random() * 3)];
      text += separator + sentence(district);
      inParagraph += 1;
    }
    return text;
  };

  const documents: Agreement[] = [];
  for (let first = 0, number = 1; first < pages; first += pagesPerDocument, number += 1) {
    const [districtId, district] = DISTRICTS[(number - 1) % DISTRICTS.length]!;
    const documentYear = year();
    const title = `Lokal samverkansöverenskommelse ${district} ${documentYear} (nr ${number})`;
    const count = Math.min(pagesPerDocument, pages - first);
    documents.push({
      tenantId,
      type: 'agreement',
      id: `syntetisk-${String(number).padStart(3, '0')}-${districtId}`,
      kind: 'local',
      title: { sv: title, en: `Local cooperation agreement ${district} ${documentYear} (no. ${number}, synthetic)` },
      caseNumber: `SDF ${documentYear}/${100 + number}`,
      validity: { sv: `Gäller ${documentYear}–${documentYear + 1} (syntetisk demodata).`, en: `Valid ${documentYear}–${documentYear + 1} (synthetic demo data).` },
      document: `${title}, syntetisk demodata`,
      districtId,
      sections: Array.from({ length: count }, (_, index) => {
        const heading = `${index + 1}. ${HEADINGS[index % HEADINGS.length]}: ${pick(TOPICS)}`;
        return { id: `avsnitt-${index + 1}`, title: { sv: heading, en: heading }, text: page(district), keywordsEn: [] };
      }),
      demo: true,
      version: 1,
      origin: 'import',
      date: `${documentYear}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
    });
  }

  const questionTemplates: Array<() => string> = [
    () => `Vad säger överenskommelsen om ${pick(TOPICS)} i ${pick(DISTRICTS)[1]}?`,
    () => `Vem ansvarar för ${pick(TOPICS)} ${pick(PLACES)}?`,
    () => `När följs ${pick(TOPICS)} upp i ${pick(DISTRICTS)[1]}?`,
    () => `Hur ofta genomförs ${pick(TOPICS)}?`,
    () => `Står det något om ${pick(TOPICS)} ${pick(PLACES)}?`,
    () => `What does the local agreement in ${pick(DISTRICTS)[1]} say about CCTV?`,
    () => `Who is responsible for youth work in ${pick(DISTRICTS)[1]}?`,
    () => `Vad gör ${pick(ACTORS).toLowerCase()} ${pick(WHEN)}?`,
  ];
  return { documents, questions: Array.from({ length: questions }, () => pick(questionTemplates)()) };
}
