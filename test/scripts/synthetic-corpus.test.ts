import { describe, expect, it } from 'vitest';
import { AgreementSchema } from '../../src/domain/model.ts';
import { buildSyntheticCorpus } from '../../scripts/synthetic-corpus.ts';

describe('the synthetic corpus (scripts/synthetic-corpus.ts)', () => {
  const corpus = buildSyntheticCorpus({ tenantId: 't' });

  it('is 200 pages of about 2,500 characters in valid, demo-marked documents, and 200 questions', () => {
    const sections = corpus.documents.flatMap((document) => document.sections);
    expect(sections).toHaveLength(200);
    for (const section of sections) expect(section.text.length).toBeGreaterThanOrEqual(2500);
    const total = sections.reduce((sum, section) => sum + section.text.length, 0);
    expect(total).toBeLessThan(200 * 2800);
    for (const document of corpus.documents) expect(AgreementSchema.parse(document)).toEqual(document);
    expect(corpus.documents.every((document) => document.demo)).toBe(true);
    expect(corpus.questions).toHaveLength(200);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(buildSyntheticCorpus({ tenantId: 't' })).toEqual(corpus);
    expect(buildSyntheticCorpus({ tenantId: 't', seed: 7 }).documents[0]!.sections[0]!.text).not.toBe(corpus.documents[0]!.sections[0]!.text);
  });
});
