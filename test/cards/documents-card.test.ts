import { describe, expect, it } from 'vitest';
import { buildDocumentsCard } from '../../cards/documents-card.ts';
import type { DocumentSummary } from '../../src/app/document-service.ts';
import { buildSyntheticCorpus } from '../../scripts/synthetic-corpus.ts';

const summaries: DocumentSummary[] = buildSyntheticCorpus({ tenantId: 't', pages: 600 }).documents.map((document) => ({
  id: document.id,
  title: document.title,
  kind: document.kind,
  caseNumber: document.caseNumber!,
  date: document.date!,
  version: 12,
  origin: 'import',
  districtName: 'Enskede-Årsta-Vantör',
  demo: true,
  sections: document.sections.length,
}));

describe('the documents card', () => {
  it('stays within the 28 KB card budget for many documents, saying how many are not shown', () => {
    for (const language of ['sv', 'en'] as const) {
      const { card, text } = buildDocumentsCard(summaries, language);
      expect(JSON.stringify(card).length).toBeLessThan(28 * 1024);
      expect(text).toContain(language === 'sv' ? '35 dokument till visas inte.' : '35 more documents are not shown.');
      expect(text).toContain(language === 'sv' ? '(demodata)' : '(demo data)');
    }
  });

  it('says when there are none, and marks a title that is Swedish only', () => {
    expect(buildDocumentsCard([], 'sv').text).toContain('Det finns inga dokument ännu.');
    const swedishOnly = { ...summaries[0]!, title: { sv: 'Lokal överenskommelse', en: 'Lokal överenskommelse' }, demo: false };
    expect(buildDocumentsCard([swedishOnly], 'en').text).toContain('Lokal överenskommelse (Swedish title)\n  Kind: Local agreement');
    expect(buildDocumentsCard([swedishOnly], 'sv').text).toContain('Lokal överenskommelse\n  Typ: Lokal överenskommelse');
  });
});
