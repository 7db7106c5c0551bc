import { defineTexts } from './catalogue.ts';

/** The "dokument" list: the documents answers are taken from. */
export const DOCUMENTS_TEXTS = defineTexts({
  title: { sv: 'Dokument', en: 'Documents' },
  intro: {
    sv: 'Svaren på frågor hämtas ur de här dokumenten. Ett nyimporterat dokument används inom en minut.',
    en: 'Answers to questions are taken from these documents. A newly imported document is used within a minute.',
  },
  none: { sv: 'Det finns inga dokument ännu.', en: 'There are no documents yet.' },
  kind: { sv: 'Typ', en: 'Kind' },
  caseNumber: { sv: 'Diarienummer', en: 'Case number' },
  date: { sv: 'Datum', en: 'Date' },
  version: { sv: 'Version', en: 'Version' },
  versionValue: { sv: '{version} (importerad)', en: '{version} (imported)' },
  district: { sv: 'Stadsdelsområde', en: 'District' },
  sections: { sv: 'Avsnitt', en: 'Sections' },
  demo: { sv: 'demodata', en: 'demo data' },
  swedishTitle: { sv: '{title}', en: '{title} (Swedish title)' },
  more: {
    sv: { one: '{count} dokument till visas inte.', other: '{count} dokument till visas inte.' },
    en: { one: '{count} more document is not shown.', other: '{count} more documents are not shown.' },
  },
});

export const DOCUMENT_KIND_NAMES = defineTexts({
  'city-wide': { sv: 'Övergripande överenskommelse', en: 'City-wide agreement' },
  predecessor: { sv: 'Tidigare avtal', en: 'Previous agreement' },
  local: { sv: 'Lokal överenskommelse', en: 'Local agreement' },
  'press-release': { sv: 'Pressmeddelande', en: 'Press release' },
});
