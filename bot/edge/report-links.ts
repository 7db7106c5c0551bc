import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Express, Response } from 'express';
import { z } from 'zod';
import { describePoliticalReport } from '../../cards/political-report-text.ts';
import { t } from '../../cards/texts/catalogue.ts';
import { REPORT_LINK_TEXTS } from '../../cards/texts/report.ts';
import { loadReportBuilders } from '../../src/app/load-report-builders.ts';
import type { ReportRequest } from '../../src/app/read-political-report.ts';
import { REPORT_CONTENT_TYPES, REPORT_FORMATS, reportFileName, type ReportLink, type ReportLinkInput } from '../../src/app/report-formats.ts';
import { isAppError } from '../../src/domain/errors.ts';
import { isWeekKey, type WeekKey } from '../../src/domain/iso-week.ts';
import type { Language, RosterEntry } from '../../src/domain/model.ts';
import type { PoliticalReport } from '../../src/domain/political-report.ts';
import { isSteeringMember } from '../../src/domain/roles.ts';
import type { Logger } from '../../src/logger.ts';

/** The tab's API makes links with the same signature as the chat does. */
export type { ReportLink, ReportLinkInput };

/** Where the files are served; the link's query carries who, what and until when, and the signature. */
export const REPORT_LINK_PATH = '/files/aterrapport';
export const REPORT_LINK_LIFETIME_MS = 15 * 60_000;
/** Bumped when the signed fields change, so old links fail as tampered rather than being misread. */
const SIGNATURE_VERSION = 'aterrapport-v1';

const ReportLinkQuerySchema = z
  .object({
    tenant: z.string().min(1).max(128),
    user: z.string().min(1).max(128),
    from: z.string().refine(isWeekKey),
    to: z.string().refine(isWeekKey),
    format: z.enum(REPORT_FORMATS),
    district: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/).optional(),
    lang: z.enum(['sv', 'en']),
    exp: z.string().regex(/^\d{1,13}$/),
    sig: z.string().regex(/^[\w-]{43}$/),
  })
  .strict();

export type VerifiedLink =
  | { ok: true; link: Required<Omit<ReportLinkInput, 'districtId'>> & { districtId?: string } }
  | { ok: false; status: 400 | 403 | 410; reason: 'malformed' | 'tampered' | 'expired'; language: Language };

export interface ReportLinks {
  /** The signed absolute URL of a report file; the signature covers every field and the expiry. */
  reportLink: ReportLink;
  /** Checks a request's query: its shape (400), its signature (403), then its expiry (410). */
  verify(query: unknown): VerifiedLink;
  lifetimeMs: number;
}

/**
 * Short-lived signed download links: HMAC-SHA256 over (tenant, user, period, format, district,
 * language, expiry) with REPORT_LINK_SECRET. Anyone holding the link within its lifetime gets the
 * file only if the user it names still has the steering or admin role (checked at download).
 */
export function createReportLinks(options: {
  secret: string;
  /** The public base URL, or a function for one known only once the server listens. */
  publicUrl: string | (() => string);
  lifetimeMs?: number;
  now?: () => Date;
}): ReportLinks {
  const key = Buffer.from(options.secret, 'utf8');
  const lifetimeMs = options.lifetimeMs ?? REPORT_LINK_LIFETIME_MS;
  const now = () => options.now?.() ?? new Date();
  const base = () => (typeof options.publicUrl === 'string' ? options.publicUrl : options.publicUrl()).replace(/\/+$/, '');
  const sign = (fields: { tenant: string; user: string; from: string; to: string; format: string; district: string; lang: string; exp: string }) =>
    createHmac('sha256', key)
      .update(JSON.stringify([SIGNATURE_VERSION, fields.tenant, fields.user, fields.from, fields.to, fields.format, fields.district, fields.lang, fields.exp]))
      .digest();
  return {
    lifetimeMs,
    reportLink(input) {
      const fields = {
        tenant: input.tenantId,
        user: input.userId,
        from: input.from,
        to: input.to,
        format: input.format,
        district: input.districtId ?? '',
        lang: input.language ?? 'sv',
        exp: String(Math.floor((now().getTime() + lifetimeMs) / 1000)),
      };
      const query = new URLSearchParams({
        tenant: fields.tenant,
        user: fields.user,
        from: fields.from,
        to: fields.to,
        format: fields.format,
        ...(input.districtId ? { district: input.districtId } : {}),
        lang: fields.lang,
        exp: fields.exp,
        sig: sign(fields).toString('base64url'),
      });
      return `${base()}${REPORT_LINK_PATH}?${query.toString()}`;
    },
    verify(query) {
      const parsed = ReportLinkQuerySchema.safeParse(query);
      const language: Language = (query as { lang?: unknown } | undefined)?.lang === 'en' ? 'en' : 'sv';
      if (!parsed.success) return { ok: false, status: 400, reason: 'malformed', language };
      const q = parsed.data;
      const expected = sign({ ...q, district: q.district ?? '' });
      const given = Buffer.from(q.sig, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, status: 403, reason: 'tampered', language };
      if (Number(q.exp) * 1000 <= now().getTime()) return { ok: false, status: 410, reason: 'expired', language };
      return {
        ok: true,
        link: { tenantId: q.tenant, userId: q.user, from: q.from as WeekKey, to: q.to as WeekKey, format: q.format, language: q.lang, ...(q.district ? { districtId: q.district } : {}) },
      };
    },
  };
}

/** A secret for this process when none is configured: links then work only on this instance until it restarts. */
export const randomReportLinkSecret = (): string => randomBytes(32).toString('base64url');

export interface ReportFilesRouteOptions {
  links: ReportLinks;
  allowedTenants: ReadonlySet<string>;
  rosterEntry: (tenantId: string, userId: string) => Promise<RosterEntry | undefined>;
  readReport: (tenantId: string, request: ReportRequest) => Promise<PoliticalReport>;
  logger: Logger;
}

/**
 * `GET /files/aterrapport?…`: verifies the signature and expiry, checks the user's role again
 * (steering or admin, as for "återrapport" in chat), reads the report and streams the file with
 * its content type and a file name like `aterrapport-2026-W40-W47.docx`.
 */
export function mountReportFilesRoute(app: Express, options: ReportFilesRouteOptions): void {
  const minutes = Math.round(options.links.lifetimeMs / 60_000);
  const refuse = (res: Response, status: number, message: string) => {
    res.status(status).set({ 'Cache-Control': 'no-store' }).type('text/plain; charset=utf-8').send(`${message}\n`);
  };
  app.get(REPORT_LINK_PATH, async (req, res, next) => {
    res.set({ 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' });
    const verified = options.links.verify(req.query);
    if (!verified.ok) {
      options.logger.warn({ reason: verified.reason, ip: req.ip }, 'refused a report download link');
      const message = verified.reason === 'expired' ? t(REPORT_LINK_TEXTS.expired, verified.language, { minutes }) : t(REPORT_LINK_TEXTS[verified.reason], verified.language);
      refuse(res, verified.status, message);
      return;
    }
    const { link } = verified;
    try {
      const entry = options.allowedTenants.has(link.tenantId) ? await options.rosterEntry(link.tenantId, link.userId) : undefined;
      if (!isSteeringMember(entry)) {
        options.logger.warn({ tenantId: link.tenantId }, 'refused a report download: the user is no longer a steering member or admin');
        refuse(res, 403, t(REPORT_LINK_TEXTS.forbidden, link.language));
        return;
      }
      const report = await options.readReport(link.tenantId, { from: link.from, to: link.to, ...(link.districtId ? { districtId: link.districtId } : {}) });
      // docx and exceljs load on the first download, not at every start of the bot.
      const { buildReportFile } = await loadReportBuilders();
      const body = await buildReportFile(describePoliticalReport(report, link.language), link.format);
      const fileName = reportFileName(link.from, link.to, link.format, link.districtId);
      res
        .status(200)
        .set({
          'Content-Type': REPORT_CONTENT_TYPES[link.format],
          'Content-Disposition': `attachment; filename="${fileName}"`,
          'Content-Length': String(body.length),
          'Cache-Control': 'private, no-store',
        })
        .end(body);
    } catch (error) {
      if (isAppError(error, 'invalid-input') || isAppError(error, 'not-found')) {
        refuse(res, 400, t(REPORT_LINK_TEXTS.malformed, link.language));
        return;
      }
      next(error);
    }
  });
}
