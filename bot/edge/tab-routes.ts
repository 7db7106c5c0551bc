import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../../src/logger.ts';
import { dashboardAccess, type DashboardAccess, type DashboardReadModel, type ReadAccess } from '../../src/app/dashboard-read-model.ts';
import { isWeekKey, type WeekKey } from '../../src/domain/iso-week.ts';
import type { RosterEntry } from '../../src/domain/model.ts';
import { weeksBetween, MAX_REPORT_WEEKS } from '../../src/domain/political-report.ts';
// The short-lived signed link to an återrapport file (bot/edge/report-links.ts makes it).
import { REPORT_FORMATS, type ReportLink } from '../../src/app/report-formats.ts';
import { verifyTabToken, type TabTokenRules, type TabUser } from './tab-auth.ts';


export interface TabRouteDeps {
  dashboard: Pick<DashboardReadModel, 'reference' | 'week' | 'districtHistory' | 'focusAreaHistory' | 'plan'>;
  /** How tokens are checked: Entra in production, the local key in local mode. */
  rules: TabTokenRules;
  rosterEntry(tenantId: string, userId: string): Promise<RosterEntry | undefined>;
  readAccess: ReadAccess;
  /** The built tab (vite's output); answered with 503 and a hint while it is missing. */
  staticDir: string;
  reportLink?: ReportLink;
  logger: Logger;
}

const WeekKeySchema = z.string().refine(isWeekKey, 'an ISO week key like 2026-W47').transform((value) => value as WeekKey);
const IdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id: lower-case letters, digits and dashes');
const WeekQuerySchema = z.object({ week: WeekKeySchema.optional() });
const HistoryQuerySchema = z.object({ to: WeekKeySchema.optional() });
const ReportLinkQuerySchema = z
  .object({ from: WeekKeySchema, to: WeekKeySchema, format: z.enum(REPORT_FORMATS) })
  .refine(({ from, to }) => {
    // zod runs this even when a week failed its own check.
    if (!isWeekKey(from) || !isWeekKey(to)) return true;
    const weeks = weeksBetween(from, to);
    return weeks.length > 0 && weeks.length <= MAX_REPORT_WEEKS;
  }, `the period must run forward from "from" to "to" and be at most ${MAX_REPORT_WEEKS} weeks`);

interface Authenticated {
  user: TabUser;
  access: DashboardAccess;
  roster?: RosterEntry;
}

/**
 * Where Teams may frame the tab (and the local dev host, same origin). Everything else is
 * refused by the browser, so another site cannot frame the dashboard.
 */
const FRAME_ANCESTORS = "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com";

function invalid(res: Response, issues: z.core.$ZodIssue[]): void {
  res.status(400).json({ error: 'invalid-input', message: 'Fix the query parameters.', issues: issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
}

/**
 * The dashboard tab: the built files under `/tab`, and its JSON API under `/api/tab`. Every API
 * request carries the SSO token from teams-js (`Authorization: Bearer`); an invalid one is 401,
 * a valid one of someone the bot would not show the data to is 403.
 */
export function mountTabRoutes(app: express.Express, deps: TabRouteDeps): void {
  const tabStatic = express.static(deps.staticDir, { index: 'index.html', maxAge: '1h', setHeaders: (res) => res.setHeader('Content-Security-Policy', FRAME_ANCESTORS) });
  app.use('/tab', (req: Request, res: Response, next: NextFunction) => {
    if (!existsSync(join(deps.staticDir, 'index.html'))) {
      res.status(503).json({ error: 'tab-not-built', message: 'The tab is not built yet: run `npm run build:tab` (npm start does it when missing).' });
      return;
    }
    tabStatic(req, res, next);
  });

  const api = express.Router();
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(async (req: Request, res: Response, next: NextFunction) => {
    try {
      const result = await verifyTabToken(req.headers.authorization, deps.rules);
      if (!result.ok) {
        deps.logger.warn({ reason: result.reason, path: req.path }, 'refused a tab request: the token was not valid');
        res.status(401).setHeader('WWW-Authenticate', 'Bearer').json({ error: 'unauthenticated', message: 'A valid Teams SSO token (scope access_as_user) is required.' });
        return;
      }
      const roster = await deps.rosterEntry(result.user.tenantId, result.user.userId);
      const auth: Authenticated = { user: result.user, access: dashboardAccess(roster, deps.readAccess), ...(roster ? { roster } : {}) };
      res.locals['auth'] = auth;
      next();
    } catch (error) {
      next(error);
    }
  });
  const authOf = (res: Response) => res.locals['auth'] as Authenticated;
  /** Refuses a reader the bot would refuse (READ_ACCESS); the tab shows the reason. */
  const requireRead = (_req: Request, res: Response, next: NextFunction) => {
    if (authOf(res).access.read) return next();
    res.status(403).json({ error: 'forbidden', reason: 'roster-only', message: 'Only people on the roster can read this; an admin can add them.' });
  };
  const handle = (fn: (req: Request, res: Response, auth: Authenticated) => Promise<void>) => (req: Request, res: Response, next: NextFunction) => {
    fn(req, res, authOf(res)).catch(next);
  };

  api.get(
    '/me',
    handle(async (_req, res, auth) => {
      const reference = auth.access.read ? await deps.dashboard.reference(auth.user.tenantId) : undefined;
      res.json({ user: { name: auth.roster?.name ?? auth.user.name, roles: auth.roster?.roles ?? [] }, access: { ...auth.access, report: auth.access.report && deps.reportLink !== undefined }, ...(reference ? { reference } : {}) });
    }),
  );
  api.get(
    '/week',
    requireRead,
    handle(async (req, res, auth) => {
      const query = WeekQuerySchema.safeParse(req.query);
      if (!query.success) return invalid(res, query.error.issues);
      const week = query.data.week ?? (await deps.dashboard.reference(auth.user.tenantId)).currentWeek;
      res.json(await deps.dashboard.week(auth.user.tenantId, week));
    }),
  );
  // One district's, or one focus area's, levels over the weeks up to `to` (default: this week).
  const historyRoute = (path: string, read: 'districtHistory' | 'focusAreaHistory', what: string) =>
    api.get(
      path,
      requireRead,
      handle(async (req, res, auth) => {
        const id = IdSchema.safeParse(req.params['id']);
        const query = HistoryQuerySchema.safeParse(req.query);
        if (!id.success) return invalid(res, id.error.issues);
        if (!query.success) return invalid(res, query.error.issues);
        const to = query.data.to ?? (await deps.dashboard.reference(auth.user.tenantId)).currentWeek;
        const history = await deps.dashboard[read](auth.user.tenantId, id.data, to);
        if (!history) return void res.status(404).json({ error: 'not-found', message: `There is no ${what} "${id.data}".` });
        res.json(history);
      }),
    );
  historyRoute('/districts/:id/history', 'districtHistory', 'district');
  historyRoute('/focus-areas/:id/history', 'focusAreaHistory', 'focus area');
  api.get(
    '/plan',
    requireRead,
    handle(async (_req, res, auth) => {
      res.json(await deps.dashboard.plan(auth.user.tenantId));
    }),
  );
  api.get(
    '/report-link',
    handle(async (req, res, auth) => {
      if (!auth.access.report) return void res.status(403).json({ error: 'forbidden', reason: 'steering-only', message: 'Only steering-group members and admins can download the report.' });
      if (!deps.reportLink) return void res.status(501).json({ error: 'not-available', message: 'Report files are not available in this deployment.' });
      const query = ReportLinkQuerySchema.safeParse(req.query);
      if (!query.success) return invalid(res, query.error.issues);
      res.json({ url: deps.reportLink({ tenantId: auth.user.tenantId, userId: auth.user.userId, ...query.data }) });
    }),
  );
  app.use('/api/tab', api);
}
