import { buildDocumentsCard } from '../../cards/documents-card.ts';
import type { DocumentService } from '../../src/app/document-service.ts';
import type { Feature } from '../router.ts';

const LIST = /^((visa\s+)?(alla\s+)?dokument(en)?|vilka\s+dokument\s+finns(\s+det)?|(show\s+|list\s+)?(all\s+)?(the\s+)?documents|which\s+documents\s+are\s+there)\s*[.!?]?$/i;

/** "dokument" / "documents": the documents answers are taken from, for anyone. */
export function documentsFeature(deps: { documents: Pick<DocumentService, 'listDocuments'> }): Feature {
  return {
    commands: [
      {
        name: 'list-documents',
        pattern: LIST,
        handle: async (turn) => buildDocumentsCard(await deps.documents.listDocuments(turn.tenantId), turn.language),
      },
    ],
  };
}
