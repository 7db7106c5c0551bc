import type { DocumentSummary } from '../src/app/document-service.ts';
import type { Language } from '../src/domain/model.ts';
import { adaptiveCard, type AdaptiveCardJson } from './card-json.ts';
import { t } from './texts/catalogue.ts';
import { DOCUMENT_KIND_NAMES, DOCUMENTS_TEXTS as T } from './texts/documents.ts';

/** Enough to find a document; the card stays well under the 28 KB budget with long titles. */
const MAX_SHOWN = 25;

/** The documents answers come from: per document its title and a few facts. */
export function buildDocumentsCard(documents: DocumentSummary[], language: Language): { card: AdaptiveCardJson; text: string } {
  const l = language;
  const shown = documents.slice(0, MAX_SHOWN);
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: t(T.title, l), weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: t(T.intro, l), isSubtle: true, wrap: true, spacing: 'None' },
  ];
  const lines = [t(T.title, l)];
  if (documents.length === 0) {
    body.push({ type: 'TextBlock', text: t(T.none, l), wrap: true });
    lines.push(t(T.none, l));
  }
  for (const document of shown) {
    const title = document.title.en === document.title.sv ? t(T.swedishTitle, l, { title: document.title.sv }) : document.title[l];
    const heading = document.demo ? `${title} (${t(T.demo, l)})` : title;
    const facts = [
      { title: t(T.kind, l), value: t(DOCUMENT_KIND_NAMES[document.kind], l) },
      ...(document.caseNumber ? [{ title: t(T.caseNumber, l), value: document.caseNumber }] : []),
      ...(document.date ? [{ title: t(T.date, l), value: document.date }] : []),
      { title: t(T.version, l), value: document.origin === 'import' ? t(T.versionValue, l, { version: document.version }) : String(document.version) },
      ...(document.districtName ? [{ title: t(T.district, l), value: document.districtName }] : []),
      { title: t(T.sections, l), value: String(document.sections) },
    ];
    body.push(
      { type: 'TextBlock', text: heading, weight: 'Bolder', wrap: true, separator: true, spacing: 'Medium' },
      { type: 'FactSet', facts, spacing: 'Small' },
    );
    lines.push(heading, ...facts.map((fact) => `  ${fact.title}: ${fact.value}`));
  }
  if (documents.length > shown.length) {
    const more = t(T.more, l, { count: documents.length - shown.length });
    body.push({ type: 'TextBlock', text: more, isSubtle: true, wrap: true, separator: true });
    lines.push(more);
  }
  const text = lines.join('\n');
  return { card: adaptiveCard(body, [], text), text };
}
