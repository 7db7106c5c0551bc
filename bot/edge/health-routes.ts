import type express from 'express';

/** What /readyz reports: names and states only, never endpoints, keys or error messages. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

/**
 * The probes, answered before any other route and without authentication:
 * - `/healthz`: the process lives and its event loop answers (container HEALTHCHECK, liveness).
 * - `/readyz`: it can serve: Cosmos DB answered within the check's timeout, the store is seeded,
 *   the scheduler has started (App Service's health check: an instance that is not ready is
 *   taken out of the load balancer). 200 when ready, 503 otherwise.
 */
export function mountHealthRoutes(app: express.Express, readiness?: () => Promise<Readiness>): void {
  app.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const report = readiness ? await readiness() : { ready: true, checks: {} };
    res
      .status(report.ready ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({ status: report.ready ? 'ready' : 'not-ready', checks: report.checks });
  });
}
