import express, { type NextFunction, type Request, type Response } from 'express';
import type { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import type { Logger } from '../../src/logger.ts';
import { IncomingActivitySchema, tenantOf } from './activity-schema.ts';

export interface HttpAppOptions {
  adapter: CloudAdapter;
  /** Set when the bot has an app id: requests must carry a valid Bot Framework JWT. */
  authentication?: ConfigurationBotFrameworkAuthentication;
  allowedTenants: ReadonlySet<string>;
  onTurn: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** Extra routes (jobs, tab API) mounted by the composition root. */
  routes?: (app: express.Express) => void;
}

/**
 * The HTTP edge: every request is validated here before the bot sees it, in this order:
 * JSON (400) → activity shape (400) → Bot Framework JWT when an app id is set (401) →
 * tenant allow-list (403) → the bot. Errors are answered in one place, as JSON, never a crash.
 */
export function createHttpApp(options: HttpAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post('/api/messages', express.json({ limit: '512kb' }), async (req: Request, res: Response) => {
    const parsed = IncomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({
        error: 'invalid-activity',
        message: 'The body is not a Bot Framework activity.',
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
      return;
    }
    if (options.authentication) {
      try {
        await options.authentication.authenticateRequest(parsed.data as never, req.headers.authorization ?? '');
      } catch {
        res.status(401).json({ error: 'unauthenticated', message: 'A valid Bot Framework token is required.' });
        return;
      }
    }
    const tenantId = tenantOf(parsed.data);
    if (!tenantId || !options.allowedTenants.has(tenantId)) {
      options.logger.warn({ tenantId, activityType: parsed.data.type }, 'refused a request from a tenant not on the allow-list');
      res.status(403).json({ error: 'tenant-not-allowed', message: 'This tenant is not served by this Samverkan deployment.' });
      return;
    }
    await options.adapter.process(req, res, options.onTurn);
  });
  options.routes?.(app);
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not-found', message: 'No such endpoint.' });
  });
  // Express recognises an error handler by its four parameters.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    if (error.type === 'entity.parse.failed' || error.type === 'entity.too.large') {
      res.status(error.status ?? 400).json({ error: 'invalid-body', message: 'The body must be JSON of at most 512 KB.' });
      return;
    }
    options.logger.error({ err: error }, 'unhandled error in an HTTP request');
    if (!res.headersSent) res.status(500).json({ error: 'internal', message: 'Something went wrong; it has been logged.' });
  });
  return app;
}
