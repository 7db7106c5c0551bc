import { z } from 'zod';
import { AgreementSchema, type Agreement } from './model.ts';

/** The id an earlier version of a document is kept under: `ks-2019-656@v1`. */
export const documentVersionId = (documentId: string, version: number): string => `${documentId}@v${version}`;

/**
 * A version of a document that an import replaced, kept as it was so that answers citing it and
 * older versions stay readable. The current version is the agreement itself (type `agreement`);
 * only replaced versions are stored here, each once, never changed.
 */
export const DocumentVersionSchema = AgreementSchema.extend({
  type: z.literal('document-version'),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*@v[1-9]\d*$/, '<document id>@v<version>'),
  /** The id of the document this is a version of. */
  documentId: AgreementSchema.shape.id,
});
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;

export const toDocumentVersion = (agreement: Agreement): DocumentVersion => ({
  ...agreement,
  type: 'document-version',
  id: documentVersionId(agreement.id, agreement.version),
  documentId: agreement.id,
});

export const fromDocumentVersion = ({ documentId, ...version }: DocumentVersion): Agreement => ({ ...version, id: documentId, type: 'agreement' });
