import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MANIFEST_VARS,
  buildAppPackage,
  buildManifest,
  escapeLoneClosingBrackets,
  listBundledManifestVersions,
  readManifestVars,
  validateLocalization,
  validateManifest,
  type AppManifest,
  type ManifestVars,
} from '../../scripts/build-manifest.ts';
import { drawColorIcon, drawOutlineIcon, encodePng } from '../../scripts/make-icons.ts';
import { decodePng, type DecodedPng } from './png.ts';

const manifestDir = new URL('../../manifest/', import.meta.url);
const readManifestFile = (name: string): Promise<Buffer> => readFile(new URL(name, manifestDir));

const productionVars: ManifestVars = {
  BOT_ID: '3f1c2b7e-9a41-4c55-8d0e-2b6f7a9c1d34',
  TAB_DOMAIN: 'samverkan.example.com',
  TAB_BASE_URL: 'https://samverkan.example.com/',
  TEAMS_APP_ID: DEFAULT_MANIFEST_VARS.TEAMS_APP_ID,
};

/** A deep copy that a test may break without touching the original. */
function copyOf(manifest: AppManifest): Record<string, unknown> {
  return JSON.parse(JSON.stringify(manifest)) as Record<string, unknown>;
}

function versionKey(version: string): number {
  const [major = '0', minor = '0'] = version.split('.');
  return Number(major) * 1000 + Number(minor);
}

describe('Teams app manifest', () => {
  const manifest = buildManifest(DEFAULT_MANIFEST_VARS);

  it('uses the newest numbered manifestVersion whose schema @microsoft/app-manifest bundles', async () => {
    const numbered = (await listBundledManifestVersions()).filter((v) => /^\d+\.\d+$/.test(v));
    const newest = numbered.sort((a, b) => versionKey(a) - versionKey(b)).at(-1);
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toContain(`/v${newest}/MicrosoftTeams.schema.json`);
  });

  it('validates against the official schema of its manifestVersion with zero errors', async () => {
    expect(await validateManifest(manifest)).toEqual([]);
    expect(await validateManifest(buildManifest(productionVars))).toEqual([]);
  });

  it('substitutes every placeholder from the variables', () => {
    const built = buildManifest(productionVars);
    const text = JSON.stringify(built);
    expect(text).not.toMatch(/\$\{\{/);
    expect(built.id).toBe(productionVars.TEAMS_APP_ID);
    expect(built.bots?.[0]?.botId).toBe(productionVars.BOT_ID);
    expect(built.webApplicationInfo).toEqual({
      id: productionVars.BOT_ID,
      resource: `api://samverkan.example.com/${productionVars.BOT_ID}`,
    });
    expect(built.validDomains).toEqual(['samverkan.example.com']);
  });

  it('keeps a value with quotes inside its JSON string instead of breaking the structure', () => {
    const built = buildManifest({ ...productionVars, TAB_DOMAIN: 'x", "evil": "y' });
    expect(built.validDomains).toEqual(['x", "evil": "y']);
    expect(Object.keys(built)).not.toContain('evil');
  });

  it('rejects an unknown placeholder in the template', () => {
    expect(() => buildManifest(DEFAULT_MANIFEST_VARS, { id: '${{NOPE}}' })).toThrow(/Unknown placeholder \$\{\{NOPE\}\} at id/);
  });

  it('declares the bot in personal, team and group chat with Swedish commands', () => {
    const bot = manifest.bots?.[0];
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot?.supportsFiles).toBe(false);
    const personal = bot?.commandLists?.find((l) => l.scopes.includes('personal'));
    expect(personal?.commands.map((c) => c.title)).toEqual([
      'hjälp',
      'vad ingår i samverkansavtalet?',
      'rapportera',
      'sammanfattning',
    ]);
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
  });

  it('declares the tab Läget: personal (beside the bot chat) and in channels (with a configuration page), with SSO', () => {
    const built = buildManifest(productionVars);
    expect(built.staticTabs).toEqual([
      { entityId: 'laget', name: 'Läget', contentUrl: 'https://samverkan.example.com/tab/', websiteUrl: 'https://samverkan.example.com/tab/', scopes: ['personal'] },
      { entityId: 'conversations', scopes: ['personal'] },
      { entityId: 'about', scopes: ['personal'] },
    ]);
    expect(built.configurableTabs).toEqual([
      { configurationUrl: 'https://samverkan.example.com/tab/?view=config', canUpdateConfiguration: true, scopes: ['team'], context: ['channelTab'] },
    ]);
    expect(built.webApplicationInfo?.resource).toBe(`api://samverkan.example.com/${productionVars.BOT_ID}`);
  });

  it('refuses a tab served from another host than the SSO resource or outside validDomains', async () => {
    const errors = await validateManifest(buildManifest({ ...productionVars, TAB_BASE_URL: 'https://elsewhere.example.com' }));
    expect(errors.join('\n')).toMatch(/configurableTabs\/0\/configurationUrl host is not in validDomains/);
    expect(errors.join('\n')).toMatch(/staticTabs\/0\/contentUrl is served from elsewhere\.example\.com, but SSO tokens are for samverkan\.example\.com/);
    const http = await validateManifest(buildManifest({ ...productionVars, TAB_BASE_URL: 'http://samverkan.example.com' }));
    expect(http.join('\n')).toMatch(/configurableTabs\/0\/configurationUrl must use https/);
  });

  describe('a broken manifest gives errors', () => {
    it('without bots[0].botId', async () => {
      const broken = copyOf(manifest);
      const bots = broken['bots'] as Record<string, unknown>[];
      delete bots[0]?.['botId'];
      const errors = await validateManifest(broken);
      expect(errors.join('\n')).toMatch(/\/bots\/0 must have required property 'botId'/);
    });

    it('with a number as the colour icon path', async () => {
      const broken = copyOf(manifest);
      broken['icons'] = { color: 192, outline: 'outline.png' };
      expect((await validateManifest(broken)).join('\n')).toMatch(/\/icons\/color must be string/);
    });

    it('with a bot id that is not a GUID', async () => {
      const errors = await validateManifest(buildManifest({ ...DEFAULT_MANIFEST_VARS, BOT_ID: 'not-a-guid' }));
      expect(errors.some((e) => e.startsWith('/bots/0/botId must match pattern'))).toBe(true);
      expect(errors.some((e) => e.startsWith('/webApplicationInfo/id must match pattern'))).toBe(true);
    });

    it('with an unknown property and a too long short name', async () => {
      const broken = copyOf(manifest);
      broken['botz'] = [];
      broken['name'] = { short: 'S'.repeat(31) };
      const errors = await validateManifest(broken);
      expect(errors.join('\n')).toMatch(/must NOT have additional properties.*botz/);
      expect(errors.join('\n')).toMatch(/\/name\/short must NOT have more than 30 characters/);
    });

    it('with a manifestVersion that has no bundled schema', async () => {
      const errors = await validateManifest({ ...copyOf(manifest), manifestVersion: '9.99' });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/manifestVersion "9.99" has no schema bundled/);
    });

    it('with a tab served over http or from a domain outside validDomains', async () => {
      const tab = { entityId: 'dashboard', name: 'Översikt', contentUrl: 'http://other.example.org/tab/index.html', scopes: ['personal'] };
      const errors = await validateManifest({ ...copyOf(manifest), staticTabs: [tab] });
      expect(errors).toContain('/staticTabs/0/contentUrl must use https (Teams loads tabs over https only): http://other.example.org/tab/index.html');
      expect(errors.some((e) => e.startsWith('/staticTabs/0/contentUrl host is not in validDomains'))).toBe(true);
    });
  });

  describe('localization', () => {
    it('defaults to Swedish, with English as an additional language', () => {
      expect(manifest.localizationInfo?.defaultLanguageTag).toBe('sv-SE');
      expect(manifest.localizationInfo?.additionalLanguages).toEqual([{ languageTag: 'en-US', file: 'en.json' }]);
      expect(manifest.name.short).toBe('Samverkan');
    });

    it('en.json validates against the official Localization schema and names existing strings', async () => {
      const strings: unknown = JSON.parse((await readManifestFile('en.json')).toString('utf8'));
      expect(await validateLocalization(manifest, strings)).toEqual([]);
    });

    it('reports a localized key that names nothing in the manifest, and a too long value', async () => {
      const errors = await validateLocalization(manifest, {
        'name.short': 'N'.repeat(31),
        'description.short': 'x',
        'description.full': 'x',
        'staticTabs[7].name': 'Overview',
      });
      expect(errors.join('\n')).toMatch(/\/name\.short must NOT have more than 30 characters/);
      expect(errors).toContain('Localized key "staticTabs[7].name" does not name a string in the manifest.');
    });

    it('escapes only closing brackets that close no character class', () => {
      expect(escapeLoneClosingBrackets('^a\\[\\b([0-9])\\b]\\.x$')).toBe('^a\\[\\b([0-9])\\b\\]\\.x$');
      expect(escapeLoneClosingBrackets('[\\]a]b]')).toBe('[\\]a]b\\]');
      expect(() => new RegExp(escapeLoneClosingBrackets('x\\b]y'), 'u')).not.toThrow();
    });
  });

  it('reads the variables from an env record, with local defaults for unset or blank values', () => {
    expect(readManifestVars({})).toEqual(DEFAULT_MANIFEST_VARS);
    expect(readManifestVars({ BOT_ID: ' ', TAB_DOMAIN: 'a.example.com' })).toEqual({
      ...DEFAULT_MANIFEST_VARS,
      TAB_DOMAIN: 'a.example.com',
    });
  });
});

describe('icons', () => {
  let color: DecodedPng;
  let outline: DecodedPng;
  beforeAll(async () => {
    color = decodePng(await readManifestFile('color.png'));
    outline = decodePng(await readManifestFile('outline.png'));
  });

  it('color.png is 192×192 and fully opaque', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    const translucent = color.rgba.filter((v, i) => i % 4 === 3 && v !== 255).length;
    expect(translucent).toBe(0);
  });

  it('color.png has a solid background in the accent colour and a white letter', () => {
    const pixel = (x: number, y: number): string =>
      [...color.rgba.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 3)]
        .map((v) => v.toString(16).padStart(2, '0'))
        .join('');
    const accent = buildManifest(DEFAULT_MANIFEST_VARS).accentColor.slice(1).toLowerCase();
    for (const [x, y] of [[0, 0], [191, 0], [0, 191], [191, 191]] as const) expect(pixel(x, y)).toBe(accent);
    expect(pixel(96, 96)).toBe('ffffff'); // the spine of the S crosses the centre
  });

  it('outline.png is 32×32 and only white or transparent', () => {
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let visible = 0;
    let transparent = 0;
    const offWhite: string[] = [];
    for (let i = 0; i < outline.rgba.length; i += 4) {
      const [r, g, b, a] = outline.rgba.subarray(i, i + 4);
      if (a === 0) {
        transparent++;
      } else {
        visible++;
        if (r !== 255 || g !== 255 || b !== 255) offWhite.push(`pixel ${i / 4}: ${r},${g},${b},${a}`);
      }
    }
    expect(offWhite).toEqual([]);
    // something is drawn, and the background is transparent (the corners, at least)
    expect(visible).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(500);
    expect(outline.rgba[3]).toBe(0);
  });

  it('are what scripts/make-icons.ts draws (regenerate with `npx tsx scripts/make-icons.ts`)', () => {
    expect(Buffer.from(color.rgba).equals(Buffer.from(drawColorIcon().data))).toBe(true);
    expect(Buffer.from(outline.rgba).equals(Buffer.from(drawOutlineIcon().data))).toBe(true);
  });

  it('encodePng round-trips through an independent decoder', () => {
    const image = { width: 3, height: 2, data: Uint8Array.from({ length: 24 }, (_, i) => i * 10) };
    const decoded = decodePng(encodePng(image));
    expect([decoded.width, decoded.height, decoded.bitDepth, decoded.colorType]).toEqual([3, 2, 8, 6]);
    expect([...decoded.rgba]).toEqual([...image.data]);
  });
});

describe('app package', () => {
  let zip: JSZip;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await buildAppPackage(DEFAULT_MANIFEST_VARS));
  });

  it('contains manifest.json, the icons and the localization file at the root', () => {
    const names = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name)
      .sort();
    expect(names).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('unzips to the same manifest, which still validates', async () => {
    const text = await zip.file('manifest.json')?.async('string');
    const unzipped: unknown = JSON.parse(text ?? 'null');
    expect(unzipped).toEqual(buildManifest(DEFAULT_MANIFEST_VARS));
    expect(await validateManifest(unzipped)).toEqual([]);
  });

  it('holds the icon and localization files byte for byte', async () => {
    for (const name of ['color.png', 'outline.png', 'en.json']) {
      const packed = await zip.file(name)?.async('nodebuffer');
      expect(packed?.equals(await readManifestFile(name)), name).toBe(true);
    }
  });

  it('is reproducible: the same inputs give the same bytes', async () => {
    const [a, b] = await Promise.all([buildAppPackage(DEFAULT_MANIFEST_VARS), buildAppPackage(DEFAULT_MANIFEST_VARS)]);
    expect(a.equals(b)).toBe(true);
  });

  it('refuses to build an invalid manifest and lists the errors', async () => {
    await expect(buildAppPackage({ ...DEFAULT_MANIFEST_VARS, BOT_ID: 'bot' })).rejects.toThrow(
      /The Teams app manifest is invalid:\n {2}\/bots\/0\/botId must match pattern/,
    );
  });
});
