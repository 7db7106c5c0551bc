import { AgreementSchema, type Agreement } from '../domain/model.ts';
import { slugOf, type ParsedSection } from './parse-document.ts';

export const DOCUMENT_KINDS = AgreementSchema.shape.kind.options;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What an import gives about a document besides its sections. */
export interface DocumentImport {
  tenantId: string;
  /** Default: the title's slug. */
  id?: string;
  title: string;
  /** Default: the Swedish title (the document is Swedish; the card says so in English). */
  titleEn?: string;
  kind: DocumentKind;
  districtId?: string;
  date?: string;
  caseNumber?: string;
  sections: ParsedSection[];
}

/** Which option or part of the file a field of the document comes from, for messages that say what to fix. */
const SOURCE_OF_FIELD: Record<string, string> = {
  id: '--id',
  title: '--title',
  kind: '--kind',
  districtId: '--district',
  date: '--date',
  caseNumber: '--case-number',
  sections: 'the file',
};

export type BuiltDocument = { ok: true; document: Agreement } | { ok: false; problems: string[] };

/**
 * The document an import writes (version and origin are set by the store's write), validated
 * with AgreementSchema: a problem names the option or the part of the file to fix.
 */
export function buildImportedDocument(input: DocumentImport): BuiltDocument {
  const problems: string[] = [];
  if (input.sections.length === 0) problems.push('the file: has no text; give a Markdown or text file with at least one paragraph');
  if (input.kind === 'local' && !input.districtId) problems.push('--district: a local agreement belongs to a district; give its id');
  const title = input.title.trim();
  const titleEn = input.titleEn?.trim() || title;
  const candidate = {
    tenantId: input.tenantId,
    type: 'agreement',
    id: input.id ?? slugOf(title),
    kind: input.kind,
    title: { sv: title, en: titleEn },
    ...(input.caseNumber ? { caseNumber: input.caseNumber.trim() } : {}),
    validity: input.date
      ? { sv: `Dokumentet är daterat ${input.date}.`, en: `The document is dated ${input.date}.` }
      : { sv: 'Dokumentet anger ingen giltighetstid.', en: 'The document states no period of validity.' },
    document: [title, input.caseNumber?.trim(), input.date].filter(Boolean).join(', '),
    ...(input.districtId ? { districtId: input.districtId } : {}),
    // English section titles are the Swedish ones: the import has no translation.
    sections: input.sections.map((section) => ({ id: section.id, title: { sv: section.title, en: section.title }, text: section.text, keywordsEn: [] })),
    origin: 'import',
    ...(input.date ? { date: input.date } : {}),
  };
  const parsed = AgreementSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, ...rest] = issue.path.map(String);
      const source = SOURCE_OF_FIELD[field ?? ''] ?? field ?? 'the document';
      problems.push(`${source}${rest.length > 0 ? ` (${rest.join('.')})` : ''}: ${issue.message}`);
    }
  }
  return problems.length > 0 || !parsed.success ? { ok: false, problems } : { ok: true, document: parsed.data };
}
