import express, { type NextFunction, type Request, type Response } from 'express';
import type { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import type { Logger } from '../../src/logger.ts';
import { IncomingActivitySchema, tenantOf } from './activity-schema.ts';
import { mountHealthRoutes, type Readiness } from './health-routes.ts';

export interface HttpAppOptions {
  adapter: CloudAdapter;
  /** Set when the bot has an app id: requests must carry a valid Bot Framework JWT. */
  authentication?: ConfigurationBotFrameworkAuthentication;
  allowedTenants: ReadonlySet<string>;
  onTurn: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** What /readyz reports (health-routes.ts); without it /readyz answers ready. */
  readiness?: () => Promise<Readiness>;
  /** Extra routes (jobs, tab API) mounted by the composition root. */
  routes?: (app: express.Express) => void;
}

/** The only channel a registered bot serves: Teams. (Web Chat, Direct Line and the emulator are not.) */
const SERVED_CHANNEL = 'msteams';

/**
 * JSON bodies as the Bot Framework sends them: UTF-8 (RFC 8259), uncompressed. A compressed body
 * is refused (415) rather than inflated: the connector never compresses, and inflating is how a
 * small request becomes a large one.
 */
const readJson = express.json({ limit: '512kb', inflate: false });

/** body-parser accepts any utf-*; JSON between systems is UTF-8 only, so anything else is refused up front. */
function requireUtf8(req: Request, res: Response, next: NextFunction): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    res.status(415).json({ error: 'unsupported-charset', message: 'Send the JSON body as UTF-8 (charset=utf-8).' });
    return;
  }
  next();
}

/** A token-shaped run (three base64url parts) is never logged, whatever an SDK error message holds. */
const withoutTokens = (text: string) => text.replace(/[\w-]{8,}\.[\w-]{8,}\.[\w-]*/g, '[token]').replace(/Bearer\s+\S+/gi, 'Bearer [token]');

/**
 * The HTTP edge: every request is validated here before the bot sees it, in this order:
 * charset and encoding (415) → JSON (400) → activity shape (400) → Bot Framework JWT when an app
 * id is set (401, logged at warn with the reason, never the token) → channel `msteams` when an app
 * id is set (403) → tenant allow-list (403) → the bot. Errors are answered in one place, as JSON,
 * never a crash.
 */
export function createHttpApp(options: HttpAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  mountHealthRoutes(app, options.readiness);
  app.post('/api/messages', requireUtf8, readJson, async (req: Request, res: Response) => {
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
      } catch (error) {
        const reason = withoutTokens(error instanceof Error ? error.message : String(error)).slice(0, 300);
        options.logger.warn({ reason, activityType: parsed.data.type, channelId: parsed.data.channelId, ip: req.ip }, 'refused a sign-in: the Bot Framework token was not valid');
        res.status(401).json({ error: 'unauthenticated', message: 'A valid Bot Framework token is required.' });
        return;
      }
      if (parsed.data.channelId !== SERVED_CHANNEL) {
        options.logger.warn({ channelId: parsed.data.channelId, activityType: parsed.data.type }, 'refused a request from a channel other than Teams');
        res.status(403).json({ error: 'channel-not-allowed', message: 'This bot serves Microsoft Teams only.' });
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
    if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
      res.status(415).json({ error: 'unsupported-encoding', message: 'Send the body as uncompressed UTF-8 JSON (no Content-Encoding).' });
      return;
    }
    if (error.type === 'entity.parse.failed' || error.type === 'entity.too.large') {
      res.status(error.status ?? 400).json({ error: 'invalid-body', message: 'The body must be JSON of at most 512 KB.' });
      return;
    }
    options.logger.error({ err: error }, 'unhandled error in an HTTP request');
    if (!res.headersSent) res.status(500).json({ error: 'internal', message: 'Something went wrong; it has been logged.' });
  });
  return app;
}
