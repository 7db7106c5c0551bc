import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { isAppError } from '../domain/errors.ts';
import { ROLES, type Agreement, type RosterEntry } from '../domain/model.ts';
import type { Repository } from '../domain/repository.ts';
import type { KnowledgeBase } from '../qa/knowledge-base.ts';
import type { Repositories } from '../storage/create-repositories.ts';

export const DEMO_ROSTER_FILE = new URL('../../data/demo-roster.json', import.meta.url);

const RosterFileSchema = z.object({
  entries: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      roles: z.array(z.enum(ROLES)),
      districtIds: z.array(z.string()).default([]),
      /** Districts the person is a deputy (ersättare) of. */
      deputyDistrictIds: z.array(z.string()).optional(),
    }),
  ),
});

export async function readRosterFile(file: string | URL, tenantId: string, demo: boolean): Promise<RosterEntry[]> {
  const parsed = RosterFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`The roster file ${String(file)} is not valid: ${problems}`);
  }
  return parsed.data.entries.map((entry) => ({ ...entry, tenantId, type: 'roster-entry', demo }));
}

/** Creates what is missing and leaves what exists alone, so a restart never undoes an admin's edit. */
async function createMissing<T extends { tenantId: string; id: string }>(repository: Repository<T>, docs: T[]): Promise<number> {
  let created = 0;
  for (const doc of docs) {
    try {
      await repository.create(doc);
      created += 1;
    } catch (error) {
      if (!isAppError(error, 'conflict')) throw error;
    }
  }
  return created;
}

/**
 * The shipped documents (origin `seed`) follow the project's data files: when a release changes
 * one (a corrected gist, more questions a sentence answers), the stored copy is replaced, ETag
 * checked. An imported document (origin `import`) is an admin's and is never touched.
 */
async function refreshSeeded(repository: Repository<Agreement>, docs: Agreement[]): Promise<number> {
  let refreshed = 0;
  for (const doc of docs) {
    const stored = await repository.read(doc.tenantId, doc.id);
    // The store hands back the document as its schema reads it, so an unchanged one compares equal.
    if (!stored || stored.doc.origin !== 'seed' || isDeepStrictEqual(stored.doc, doc)) continue;
    try {
      await repository.replace(doc, stored.etag);
      refreshed += 1;
    } catch (error) {
      // Another instance starting at the same moment refreshed it first.
      if (!isAppError(error, 'concurrent-change')) throw error;
    }
  }
  return refreshed;
}

/**
 * Seeds one tenant idempotently: the agreements, focus areas and districts from the source
 * documents, the roster (demo or ROSTER_FILE), and makes the bootstrap admins admins.
 */
export async function seedStore(
  repositories: Repositories,
  knowledge: KnowledgeBase,
  roster: RosterEntry[],
  bootstrapAdminIds: string[],
): Promise<{ created: number; refreshed: number }> {
  let created = 0;
  created += await createMissing(repositories.agreements, knowledge.agreements);
  const refreshed = await refreshSeeded(repositories.agreements, knowledge.agreements);
  created += await createMissing(repositories.focusAreas, knowledge.focusAreas);
  created += await createMissing(repositories.districts, knowledge.districts);
  created += await createMissing(repositories.roster, roster);
  const tenantId = knowledge.districts[0]?.tenantId;
  for (const id of tenantId ? bootstrapAdminIds : []) {
    const existing = await repositories.roster.read(tenantId!, id);
    if (existing?.doc.roles.includes('admin')) continue;
    const doc: RosterEntry = existing
      ? { ...existing.doc, roles: [...existing.doc.roles, 'admin'] }
      : { tenantId: tenantId!, id, type: 'roster-entry', name: id, roles: ['admin'], districtIds: [], demo: false };
    await (existing ? repositories.roster.replace(doc, existing.etag) : repositories.roster.create(doc));
    created += 1;
  }
  return { created, refreshed };
}
