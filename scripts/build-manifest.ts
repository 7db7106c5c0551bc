/**
 * Builds the Teams app package: manifest/manifest.template.json with its `${{NAME}}` placeholders
 * filled in, validated against the JSON schema of its manifestVersion that `@microsoft/app-manifest`
 * bundles (offline; the schema is passed in, so nothing is fetched), then zipped with the icons and
 * the localization files into manifest/build/samverkan.zip.
 *
 * Run: `npm run build:manifest` (this script is its own composition root: it reads process.env once).
 */
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils } from '@microsoft/app-manifest';
import type { TeamsManifestLatest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import manifestTemplate from '../manifest/manifest.template.json' with { type: 'json' };

export interface ManifestVars {
  /** Microsoft Entra app id of the bot; also the SSO app id of the tab. A GUID. */
  readonly BOT_ID: string;
  /** Host name that serves the tab, e.g. `samverkan.example.com` (no scheme, no path). */
  readonly TAB_DOMAIN: string;
  /** Origin (and optional base path) of the tab, e.g. `https://samverkan.example.com`. */
  readonly TAB_BASE_URL: string;
  /** The Teams app id. A GUID that stays the same across versions of the app. */
  readonly TEAMS_APP_ID: string;
}

export const DEFAULT_MANIFEST_VARS: ManifestVars = {
  BOT_ID: '00000000-0000-0000-0000-000000000000',
  TAB_DOMAIN: 'localhost',
  TAB_BASE_URL: 'https://localhost:3978',
  TEAMS_APP_ID: '82ea2075-ea53-4187-8a26-786fb8b0430f',
};

export type AppManifest = TeamsManifestLatest;

/** JSON-compatible value (what a manifest or a localization file is made of). */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const MANIFEST_DIR = fileURLToPath(new URL('../manifest/', import.meta.url));
export const PACKAGE_PATH = join(MANIFEST_DIR, 'build', 'samverkan.zip');
/** Fixed timestamp for zip entries, so the same inputs give a byte-identical package. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

function isManifestVarName(name: string): name is keyof ManifestVars {
  return Object.hasOwn(DEFAULT_MANIFEST_VARS, name);
}

function substitute(value: Json, vars: ManifestVars, path: string): Json {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_match, name: string) => {
      if (!isManifestVarName(name)) {
        throw new Error(
          `Unknown placeholder \${{${name}}} at ${path} in manifest.template.json; ` +
            `known placeholders: ${Object.keys(DEFAULT_MANIFEST_VARS).join(', ')}.`,
        );
      }
      return vars[name];
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => substitute(item, vars, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, substitute(item, vars, path ? `${path}.${key}` : key)]),
    );
  }
  return value;
}

/**
 * Pure: the manifest object for the given variables. Placeholders are replaced inside JSON string
 * values (never in the raw text), so a value cannot break the JSON structure. The result is not
 * validated here; call `validateManifest`.
 */
export function buildManifest(vars: ManifestVars, template: unknown = manifestTemplate): AppManifest {
  const normalized: ManifestVars = { ...vars, TAB_BASE_URL: vars.TAB_BASE_URL.replace(/\/+$/, '') };
  // Schema-checked by validateManifest; the template is JSON, so the cast only names its shape.
  return substitute(template as Json, normalized, '') as unknown as AppManifest;
}

type ValidationSchema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

const require = createRequire(import.meta.url);
const BUNDLED_TEAMS_SCHEMAS = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

/** The manifestVersions whose schemas `@microsoft/app-manifest` bundles, e.g. `1.30`, `devPreview`. */
export async function listBundledManifestVersions(): Promise<string[]> {
  const entries = await readdir(BUNDLED_TEAMS_SCHEMAS);
  return entries.filter((e) => /^v(\d+\.\d+|DevPreview)$/.test(e)).map((e) => (e === 'vDevPreview' ? 'devPreview' : e.slice(1)));
}

async function loadBundledSchema(
  manifestVersion: unknown,
  file: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json',
): Promise<ValidationSchema | string> {
  const versions = await listBundledManifestVersions();
  if (typeof manifestVersion !== 'string' || !versions.includes(manifestVersion)) {
    return (
      `manifestVersion ${JSON.stringify(manifestVersion)} has no schema bundled in @microsoft/app-manifest; ` +
      `use one of: ${versions.join(', ')}.`
    );
  }
  const dir = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  const raw = await readFile(join(BUNDLED_TEAMS_SCHEMAS, dir, file), 'utf8');
  // Same clean-up as AppManifestUtils.fetchSchema: some schemas contain \a and \v escapes that JSON lacks.
  const schema: unknown = JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  return makePatternsUnicodeSafe(schema) as ValidationSchema;
}

/**
 * Escapes a `]` that closes no character class (`\b]` → `\b\]`). Without the `u` flag such a
 * bracket is a literal `]`, so the meaning is unchanged; with it (ajv compiles patterns with `u`)
 * it is a syntax error. The Localization schemas (v1.29, v1.30, devPreview) have two such
 * patternProperties (`activities.activityTypes[…]`), which make ajv refuse the whole schema.
 */
export function escapeLoneClosingBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === '[' && !inClass) {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      out += inClass ? ch : '\\]';
      inClass = false;
    } else {
      out += ch;
    }
  }
  return out;
}

function unicodeSafe(pattern: string): string {
  try {
    new RegExp(pattern, 'u');
    return pattern;
  } catch {
    return escapeLoneClosingBrackets(pattern);
  }
}

function makePatternsUnicodeSafe(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(makePatternsUnicodeSafe);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]): [string, unknown] => {
      if (key === 'pattern' && typeof value === 'string') return [key, unicodeSafe(value)];
      if (key === 'patternProperties' && value !== null && typeof value === 'object') {
        return [key, Object.fromEntries(Object.entries(value).map(([p, sub]) => [unicodeSafe(p), makePatternsUnicodeSafe(sub)]))];
      }
      return [key, makePatternsUnicodeSafe(value)];
    }),
  );
}

function hostAllowed(url: string, validDomains: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return validDomains.some((domain) => {
    if (domain === parsed.host || domain === parsed.hostname) return true;
    if (domain.startsWith('*.')) return parsed.hostname.endsWith(domain.slice(1));
    return false;
  });
}

/**
 * Schema errors of the manifest against the official JSON schema of its own manifestVersion (as
 * bundled by `@microsoft/app-manifest`, validated with its `AppManifestUtils.validateAgainstSchema`),
 * plus the checks Teams makes at upload that a schema cannot express. Empty when valid.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return ['The manifest must be a JSON object.'];
  }
  const record = manifest as Record<string, unknown>;
  const schema = await loadBundledSchema(record['manifestVersion'], 'MicrosoftTeams.schema.json');
  if (typeof schema === 'string') return [schema];
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema);
  if (errors.length > 0) return errors;

  const typed = manifest as AppManifest;
  const validDomains = typed.validDomains ?? [];
  for (const [i, tab] of (typed.staticTabs ?? []).entries()) {
    for (const key of ['contentUrl', 'websiteUrl'] as const) {
      const url = tab[key];
      if (url === undefined) continue;
      if (!url.startsWith('https://')) errors.push(`/staticTabs/${i}/${key} must use https (Teams loads tabs over https only): ${url}`);
      if (!hostAllowed(url, validDomains)) {
        errors.push(`/staticTabs/${i}/${key} host is not in validDomains (${validDomains.join(', ')}): ${url}`);
      }
    }
  }
  for (const [i, tab] of (typed.configurableTabs ?? []).entries()) {
    const url = tab.configurationUrl;
    if (!url.startsWith('https://')) errors.push(`/configurableTabs/${i}/configurationUrl must use https (Teams loads tabs over https only): ${url}`);
    if (!hostAllowed(url, validDomains)) errors.push(`/configurableTabs/${i}/configurationUrl host is not in validDomains (${validDomains.join(', ')}): ${url}`);
  }
  // Tab SSO: Teams asks Entra for a token whose audience is webApplicationInfo.resource, and only
  // gives it to a tab served from that resource's domain.
  const resource = typed.webApplicationInfo?.resource;
  const resourceHost = resource ? /^api:\/\/([^/]+)\//.exec(resource)?.[1] : undefined;
  if (resource && typed.staticTabs?.some((tab) => tab.contentUrl) && resourceHost === undefined) {
    errors.push(`/webApplicationInfo/resource must look like api://<tab domain>/<app id> for tab SSO: ${resource}`);
  }
  for (const [i, tab] of (typed.staticTabs ?? []).entries()) {
    if (!tab.contentUrl || resourceHost === undefined) continue;
    const host = URL.canParse(tab.contentUrl) ? new URL(tab.contentUrl).hostname : '';
    const ssoHost = URL.canParse(`https://${resourceHost}`) ? new URL(`https://${resourceHost}`).hostname : resourceHost;
    if (host !== ssoHost) {
      errors.push(`/staticTabs/${i}/contentUrl is served from ${host}, but SSO tokens are for ${resourceHost} (webApplicationInfo.resource): set TAB_DOMAIN to the host of TAB_BASE_URL`);
    }
  }
  return errors;
}

function resolveLocalizationKey(manifest: unknown, key: string): unknown {
  // "bots[0].commandLists[1].commands[2].title" → ["bots", 0, "commandLists", 1, …]
  const steps = key.split('.').flatMap((part) => {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [undefined];
    const indexes = [...(match[2] ?? '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    return [match[1], ...indexes];
  });
  let node: unknown = manifest;
  for (const step of steps) {
    if (step === undefined || node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/**
 * Errors of one localization file: the official Localization schema of the manifest's version,
 * and every localized key must name a string that exists in the manifest (a typo in an index would
 * otherwise be ignored silently by Teams).
 */
export async function validateLocalization(manifest: AppManifest, strings: unknown): Promise<string[]> {
  const schema = await loadBundledSchema(manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json');
  if (typeof schema === 'string') return [schema];
  const errors = await AppManifestUtils.validateAgainstSchema(strings as AppManifest, schema);
  if (strings !== null && typeof strings === 'object') {
    for (const key of Object.keys(strings)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (typeof resolveLocalizationKey(manifest, key) !== 'string') {
        errors.push(`Localized key "${key}" does not name a string in the manifest.`);
      }
    }
  }
  return errors;
}

/** The files the manifest refers to (icons, localization files), relative to manifest/. */
export function referencedFiles(manifest: AppManifest): string[] {
  const languageFiles = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
  const defaultFile = manifest.localizationInfo?.defaultLanguageFile;
  return [manifest.icons.color, manifest.icons.outline, ...(defaultFile ? [defaultFile] : []), ...languageFiles];
}

export function localizationFiles(manifest: AppManifest): string[] {
  const defaultFile = manifest.localizationInfo?.defaultLanguageFile;
  return [...(defaultFile ? [defaultFile] : []), ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file)];
}

/**
 * Builds, validates and zips the app package. Throws with every validation error listed when the
 * manifest or a localization file is invalid.
 */
export async function buildAppPackage(vars: ManifestVars, manifestDir: string = MANIFEST_DIR): Promise<Buffer> {
  const manifest = buildManifest(vars);
  const errors = await validateManifest(manifest);
  for (const file of localizationFiles(manifest)) {
    const strings: unknown = JSON.parse(await readFile(join(manifestDir, file), 'utf8'));
    errors.push(...(await validateLocalization(manifest, strings)).map((e) => `${file}: ${e}`));
  }
  if (errors.length > 0) {
    throw new Error(`The Teams app manifest is invalid:\n  ${errors.join('\n  ')}`);
  }
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_DATE });
  for (const file of referencedFiles(manifest)) {
    zip.file(file, await readFile(join(manifestDir, file)), { date: ZIP_DATE });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Reads the variables from an environment; unset or empty values fall back to the local defaults. */
export function readManifestVars(env: Readonly<Record<string, string | undefined>>): ManifestVars {
  const pick = (name: keyof ManifestVars): string => {
    const value = env[name]?.trim();
    return value ? value : DEFAULT_MANIFEST_VARS[name];
  };
  return {
    BOT_ID: pick('BOT_ID'),
    TAB_DOMAIN: pick('TAB_DOMAIN'),
    TAB_BASE_URL: pick('TAB_BASE_URL'),
    TEAMS_APP_ID: pick('TEAMS_APP_ID'),
  };
}

async function main(): Promise<void> {
  const vars = readManifestVars(process.env);
  const zip = await buildAppPackage(vars);
  await mkdir(dirname(PACKAGE_PATH), { recursive: true });
  await writeFile(PACKAGE_PATH, zip);
  console.log(`wrote ${PACKAGE_PATH} (${zip.length} bytes; bot ${vars.BOT_ID}, tab ${vars.TAB_BASE_URL})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
