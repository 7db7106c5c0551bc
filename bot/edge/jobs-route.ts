import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Express } from 'express';
import { z } from 'zod';
import { isWeekKey, type WeekKey } from '../../src/domain/iso-week.ts';

const RunJobBodySchema = z
  .object({
    tenantId: z.string().min(1).max(128).optional(),
    week: z.string().refine(isWeekKey, 'an ISO week key like 2026-W47').optional(),
  })
  .strict();

/**
 * `POST /api/jobs/<name>/run` for operations, authorised by `Authorization: Bearer <JOBS_KEY>`.
 * Mounted only when JOBS_KEY is configured: without it the endpoint does not exist.
 */
export function mountJobsRoute(
  app: Express,
  options: {
    jobsKey: string;
    defaultTenantId: string;
    allowedTenants: ReadonlySet<string>;
    /** Job name → run it now for a tenant and week (default: the current week); answers its report. */
    jobs: Record<string, (tenantId: string, week?: WeekKey) => Promise<unknown>>;
  },
): void {
  const expected = sha256(`Bearer ${options.jobsKey}`);
  app.post('/api/jobs/:name/run', express.json({ limit: '4kb', inflate: false }), async (req, res, next) => {
    // Digests of equal length, compared in constant time: neither the key's length nor a prefix leaks.
    if (!timingSafeEqual(sha256(req.headers.authorization ?? ''), expected)) {
      res.status(401).json({ error: 'unauthenticated', message: 'Send Authorization: Bearer <JOBS_KEY>.' });
      return;
    }
    const name = req.params.name;
    const run = Object.hasOwn(options.jobs, name) ? options.jobs[name] : undefined;
    if (!run) {
      res.status(404).json({ error: 'unknown-job', message: `Unknown job "${name}". Jobs: ${Object.keys(options.jobs).join(', ')}.` });
      return;
    }
    const body = RunJobBodySchema.safeParse(req.body ?? {});
    if (!body.success) {
      res.status(400).json({ error: 'invalid-body', issues: body.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
      return;
    }
    const tenantId = body.data.tenantId ?? options.defaultTenantId;
    if (!options.allowedTenants.has(tenantId)) {
      res.status(400).json({ error: 'tenant-not-allowed', message: `Tenant ${tenantId} is not served here.` });
      return;
    }
    try {
      res.json(await run(tenantId, body.data.week as WeekKey | undefined));
    } catch (error) {
      next(error);
    }
  });
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
