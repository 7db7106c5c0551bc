import { AppError, isAppError } from '../domain/errors.ts';
import { documentVersionId, fromDocumentVersion, toDocumentVersion } from '../domain/document-version.ts';
import type { Agreement } from '../domain/model.ts';
import type { Person } from '../domain/status-report.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { AuditLog } from './audit-log.ts';
import { retryOnLostRace } from './retry-lost-race.ts';

/** One document as the "dokument" list shows it. */
export interface DocumentSummary {
  id: string;
  title: Agreement['title'];
  kind: Agreement['kind'];
  caseNumber?: string;
  date?: string;
  version: number;
  origin: Agreement['origin'];
  districtName?: string;
  demo: boolean;
  sections: number;
}

/** What an import would do, or did: the version written and the one it replaced. */
export interface ImportPlan {
  document: Agreement;
  previousVersion?: number;
}

type DocumentRepositories = Pick<Repositories, 'agreements' | 'documentVersions' | 'districts'>;

/**
 * Documents are data: an import adds a document as version 1, or replaces the current version
 * with the next one and keeps the replaced one as `<id>@v<n>`. Used by `npm run import:document`
 * and the "dokument" command. Running instances pick an import up when their knowledge base is
 * next loaded (KnowledgeService, at most 60 s later).
 */
export class DocumentService {
  constructor(
    private readonly repositories: DocumentRepositories,
    private readonly audit: AuditLog,
  ) {}

  async listDocuments(tenantId: string): Promise<DocumentSummary[]> {
    const [agreements, districts] = await Promise.all([this.repositories.agreements.list(tenantId), this.repositories.districts.list(tenantId)]);
    const districtNames = new Map(districts.map((district) => [district.id, district.name]));
    return agreements
      .map((agreement) => {
        const districtName = agreement.districtId ? (districtNames.get(agreement.districtId) ?? agreement.districtId) : undefined;
        return {
          id: agreement.id,
          title: agreement.title,
          kind: agreement.kind,
          ...(agreement.caseNumber ? { caseNumber: agreement.caseNumber } : {}),
          ...(agreement.date ? { date: agreement.date } : {}),
          version: agreement.version,
          origin: agreement.origin,
          ...(districtName ? { districtName } : {}),
          demo: agreement.demo,
          sections: agreement.sections.length,
        };
      })
      // Real documents before demo data, so a long list still shows them.
      .sort((a, b) => Number(a.demo) - Number(b.demo) || a.title.sv.localeCompare(b.title.sv, 'sv'));
  }

  /** A version of a document: the current one, or one an import replaced; undefined when there is none. */
  async readVersion(tenantId: string, id: string, version: number): Promise<Agreement | undefined> {
    const current = await this.repositories.agreements.read(tenantId, id);
    if (current?.doc.version === version) return current.doc;
    const kept = await this.repositories.documentVersions.read(tenantId, documentVersionId(id, version));
    return kept ? fromDocumentVersion(kept.doc) : undefined;
  }

  /** What importing `document` would write now, without writing; refuses an unknown district. */
  async planImport(document: Agreement): Promise<ImportPlan> {
    await this.requireDistrict(document);
    const current = await this.repositories.agreements.read(document.tenantId, document.id);
    return this.next(document, current?.doc);
  }

  /**
   * Writes `document` as the next version with the ETag read, after keeping the current version.
   * Another importer's write in between (412, or 409 on the first version) is re-read and the
   * import applied on top of it; after five lost races the import fails with `concurrent-change`.
   */
  async importDocument(document: Agreement, actor: Person): Promise<ImportPlan> {
    await this.requireDistrict(document);
    const { agreements, documentVersions } = this.repositories;
    const plan = await retryOnLostRace(async () => {
      const current = await agreements.read(document.tenantId, document.id);
      const plan = this.next(document, current?.doc);
      if (!current) {
        await agreements.create(plan.document);
        return plan;
      }
      // Kept before the replace, so no version is ever only in the past; a version kept by an
      // earlier attempt (or another importer) is the same document.
      await documentVersions.create(toDocumentVersion(current.doc)).catch((error: unknown) => {
        if (!isAppError(error, 'conflict')) throw error;
      });
      await agreements.replace(plan.document, current.etag);
      return plan;
    });
    await this.audit.record({
      tenantId: document.tenantId,
      actor,
      action: 'document.import',
      target: { kind: 'agreement', id: document.id },
      ...(plan.previousVersion ? { before: { version: plan.previousVersion } } : {}),
      after: { version: plan.document.version, title: plan.document.title.sv, kind: plan.document.kind, sections: plan.document.sections.length },
      outcome: 'done',
    });
    return plan;
  }

  private next(document: Agreement, current: Agreement | undefined): ImportPlan {
    const next: Agreement = { ...document, origin: 'import', version: (current?.version ?? 0) + 1 };
    return current ? { document: next, previousVersion: current.version } : { document: next };
  }

  private async requireDistrict(document: Agreement): Promise<void> {
    if (!document.districtId) return;
    if (await this.repositories.districts.read(document.tenantId, document.districtId)) return;
    const known = (await this.repositories.districts.list(document.tenantId)).map((district) => district.id).sort();
    throw new AppError('invalid-input', `--district: there is no district "${document.districtId}"; use one of ${known.join(', ')}.`);
  }
}
