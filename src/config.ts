import { z } from 'zod';

/** The Agents Playground's tenant; allowed automatically when the bot runs locally without an app id. */
export const PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';

// Every message says what the variable needs; parseConfig puts the variable's name in front.
const list = z
  .string({ error: 'must be a comma-separated list' })
  .default('')
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));
const flag = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', ''], { error: 'must be 1, 0, true or false' })
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : value === '1' || value === 'true'));
const port = (fallback: number) => z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(0, 'must be 0-65535').max(65535, 'must be 0-65535').default(fallback);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });
/** A flag that, when unset, follows the mode (on in development, off with NODE_ENV=production). */
const optionalFlag = () =>
  z
    .enum(['1', '0', 'true', 'false', ''], { error: 'must be 1, 0, true or false' })
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : value === '1' || value === 'true'));

/** Character classes of a key: lower-case, upper-case, digits, anything else. */
const KEY_CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/**
 * The jobs key guards an endpoint that messages every contact, so a guessable one is refused at
 * start: at least 16 characters, at least 10 different ones, from at least two classes
 * (lower, upper, digit, other). `openssl rand -hex 32` or `-base64 32` passes.
 */
export const JobsKeySchema = z
  .string()
  .min(16, 'JOBS_KEY must be at least 16 characters')
  .refine((key) => new Set(key).size >= 10, 'JOBS_KEY must have at least 10 different characters (use `openssl rand -hex 32`)')
  .refine((key) => KEY_CLASSES.filter((cls) => cls.test(key)).length >= 2, 'JOBS_KEY must mix at least two of lower-case, upper-case, digits and other characters');

/** Addresses only this machine can reach: anonymous mode is safe there and nowhere else. */
export const isLoopbackHost = (host: string): boolean => /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/i.test(host.trim());

/**
 * Every setting Samverkan reads, with its default. Only the composition root (src/main.ts) passes
 * `process.env` here; tests pass their own object.
 */
/** The Teams app id the manifest is built with by default (scripts/build-manifest.ts); deep links use it. */
export const DEFAULT_TEAMS_APP_ID = '82ea2075-ea53-4187-8a26-786fb8b0430f';

export const EnvSchema = z.object({
  /** `production` (the container image and App Service set it): no development tools, Cosmos DB by endpoint. */
  NODE_ENV: z.string().optional(),
  PORT: port(3978),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COSMOS_ENDPOINT: z
    .url({ error: 'must be the account URL, e.g. https://<account>.documents.azure.com:443/' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  COSMOS_KEY: z.string().optional(),
  COSMOS_DATABASE: z.string().min(1, 'must not be empty (default samverkan)').default('samverkan'),
  DATA_DIR: z.string().min(1, 'must not be empty (default .data)').default('.data'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  // New multi-tenant bot registrations are no longer possible: single-tenant (or a managed identity) by default.
  MicrosoftAppType: oneOf(['SingleTenant', 'UserAssignedMSI', 'MultiTenant']).default('SingleTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  ALLOWED_TENANTS: list,
  DEFAULT_TENANT_ID: z.string().optional(),
  ADMIN_IDS: list,
  ROSTER_FILE: z.string().optional(),
  PLAYGROUND: optionalFlag(),
  PLAYGROUND_PORT: port(56150),
  SCHEDULER: flag(true),
  STEERING_CHANNEL_ID: z.string().min(1).optional().or(z.literal('').transform(() => undefined)),
  JOBS_KEY: JobsKeySchema.optional().or(z.literal('').transform(() => undefined)),
  ALLOW_ANONYMOUS: flag(false),
  READ_ACCESS: oneOf(['roster', 'tenant']).default('roster'),
  REPORT_LINK_SECRET: z.string().min(32, 'REPORT_LINK_SECRET must be at least 32 characters (use `openssl rand -base64 32`)').optional().or(z.literal('').transform(() => undefined)),
  TEAMS_APP_ID: z.string().trim().min(1).default(DEFAULT_TEAMS_APP_ID),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional().or(z.literal('').transform(() => undefined)),
  /** Host name that serves the tab (the manifest's TAB_DOMAIN): the SSO token's audience is api://<TAB_DOMAIN>/<app id>. */
  TAB_DOMAIN: z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'a host name like samverkan.example.com').default('localhost'),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  port: number;
  host: string;
  logLevel: Env['LOG_LEVEL'];
  cosmos: { endpoint: string; key: string; databaseId: string } | { embedded: true; dataDir: string; databaseId: string };
  bot: { appId: string; appPassword: string; appType: Env['MicrosoftAppType']; appTenantId: string };
  /** Tenants whose requests are served; the first one is the tenant of scheduled work. */
  allowedTenants: string[];
  bootstrapAdminIds: string[];
  rosterFile?: string;
  playground?: { port: number };
  jobsKey?: string;
  /** Run the weekly jobs on their schedule in this process (off in most tests). */
  scheduler: boolean;
  /** The steering group's channel (conversation id), if set in configuration rather than from chat. */
  steeringChannelId?: string;
  /** No app id: requests are not authenticated (the playground, tests, or ALLOW_ANONYMOUS=1). */
  anonymous: boolean;
  /** Anonymous on an address others can reach (ALLOW_ANONYMOUS=1): warned about at start. */
  exposedAnonymously: boolean;
  /** The demo roster is seeded only when anonymous on loopback: elsewhere anyone could claim its ids. */
  seedDemoRoster: boolean;
  /** Who may read status, summaries, tasks and decisions: roster members, or every official of the tenant. */
  readAccess: Env['READ_ACCESS'];
  /** Signs the report back's download links; when unset, a random secret per process (links then work only on that instance). */
  reportLinkSecret?: string;
  /** The Teams app id (the manifest's `id`), for deep links to the tab "Läget". */
  teamsAppId: string;
  /** The bot's public base URL (https://samverkan.example.se), for links in cards; the local server's URL when unset. */
  publicUrl?: string;
  /** Host name of the tab: part of the SSO token's audience. */
  tabDomain: string;
}

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = result.data;
  const local = e.MicrosoftAppId === '';
  const production = e.NODE_ENV === 'production';
  if (e.COSMOS_ENDPOINT && !e.COSMOS_KEY) throw new ConfigError('COSMOS_KEY is required when COSMOS_ENDPOINT is set: the account\'s primary or secondary key.');
  if (production && !e.COSMOS_ENDPOINT) {
    throw new ConfigError(
      'COSMOS_ENDPOINT is required with NODE_ENV=production: the embedded store is a development tool and is not installed. ' +
        'Set COSMOS_ENDPOINT and COSMOS_KEY to an Azure Cosmos DB for NoSQL account (or unset NODE_ENV to develop locally).',
    );
  }
  if (!local && e.MicrosoftAppType !== 'MultiTenant' && !e.MicrosoftAppTenantId) {
    throw new ConfigError(`MicrosoftAppTenantId is required with MicrosoftAppType=${e.MicrosoftAppType}: the Entra tenant id the bot's app registration (or managed identity) lives in.`);
  }
  if (!local && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    throw new ConfigError(`MicrosoftAppPassword is required with MicrosoftAppType=${e.MicrosoftAppType}: a client secret of the app registration MicrosoftAppId (or use MicrosoftAppType=UserAssignedMSI).`);
  }
  const loopback = isLoopbackHost(e.HOST);
  if (local && !loopback && !e.ALLOW_ANONYMOUS) {
    throw new ConfigError(
      `HOST=${e.HOST} is reachable from other machines, and without MicrosoftAppId nobody is authenticated: anyone could act as anyone. ` +
        'Set MicrosoftAppId (with MicrosoftAppPassword and ALLOWED_TENANTS), or HOST=127.0.0.1, or ALLOW_ANONYMOUS=1 if this is a closed test network.',
    );
  }
  if (!local && e.ALLOWED_TENANTS.length === 0) {
    throw new ConfigError('ALLOWED_TENANTS is required when MicrosoftAppId is set: list the Entra tenant ids to serve.');
  }
  const allowedTenants = local ? [...new Set([...e.ALLOWED_TENANTS, PLAYGROUND_TENANT_ID])] : e.ALLOWED_TENANTS;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    cosmos: e.COSMOS_ENDPOINT
      ? { endpoint: e.COSMOS_ENDPOINT, key: e.COSMOS_KEY ?? '', databaseId: e.COSMOS_DATABASE }
      : { embedded: true, dataDir: e.DATA_DIR, databaseId: e.COSMOS_DATABASE },
    // Anonymous (no app id): nothing is signed, and botbuilder refuses SingleTenant without an app id.
    bot: { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: local ? 'MultiTenant' : e.MicrosoftAppType, appTenantId: e.MicrosoftAppTenantId },
    allowedTenants,
    bootstrapAdminIds: e.ADMIN_IDS,
    ...(e.ROSTER_FILE ? { rosterFile: e.ROSTER_FILE } : {}),
    ...(local && (e.PLAYGROUND ?? !production) ? { playground: { port: e.PLAYGROUND_PORT } } : {}),
    ...(e.JOBS_KEY ? { jobsKey: e.JOBS_KEY } : {}),
    scheduler: e.SCHEDULER,
    ...(e.STEERING_CHANNEL_ID ? { steeringChannelId: e.STEERING_CHANNEL_ID } : {}),
    anonymous: local,
    exposedAnonymously: local && !loopback,
    seedDemoRoster: local && loopback,
    readAccess: e.READ_ACCESS,
    ...(e.REPORT_LINK_SECRET ? { reportLinkSecret: e.REPORT_LINK_SECRET } : {}),
    teamsAppId: e.TEAMS_APP_ID,
    ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL } : {}),
    tabDomain: e.TAB_DOMAIN,
  };
}
