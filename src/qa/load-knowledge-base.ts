import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AgreementSchema, DistrictSchema, FocusAreaSchema } from '../domain/model.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

const DATA_DIR = new URL('../../data/', import.meta.url);

/**
 * The knowledge base the project ships (data/*.json), for seeding, tests and the evaluation.
 * The files hold no tenant or type, so those are added before the documents are validated.
 */
export async function loadKnowledgeBaseFromFiles(tenantId = 'local', dataDir: URL = DATA_DIR): Promise<KnowledgeBase> {
  const [agreements, focusAreas, districts] = await Promise.all([
    readDocuments(new URL('agreements.json', dataDir), AgreementSchema, 'agreement', tenantId),
    readDocuments(new URL('focus-areas.json', dataDir), FocusAreaSchema, 'focus-area', tenantId),
    readDocuments(new URL('districts.json', dataDir), DistrictSchema, 'district', tenantId),
  ]);
  focusAreas.sort((a, b) => a.order - b.order);
  return { agreements, focusAreas, districts };
}

async function readDocuments<T extends z.ZodType>(file: URL, schema: T, type: string, tenantId: string): Promise<z.infer<T>[]> {
  const raw: unknown = JSON.parse(await readFile(file, 'utf8'));
  const parsed = z.array(z.record(z.string(), z.unknown())).safeParse(raw);
  if (!parsed.success) throw new Error(`${file.pathname} must hold a JSON array of objects.`);
  return parsed.data.map((entry, index) => {
    const result = schema.safeParse({ ...entry, tenantId, type });
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Error(`${file.pathname} entry ${index} is not a valid ${type}: ${problems}. Fix the file and restart.`);
    }
    return result.data;
  });
}
