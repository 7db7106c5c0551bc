/**
 * No Azure CLI or Bicep compiler runs here: these tests read infra/azure.bicep, its parameters and
 * m365agents.yml as text and hold them to the code: Cosmos containers and partition keys
 * (src/storage/containers.ts), app settings (src/config.ts accepts them as a production
 * configuration), the health path (mounted by bot/edge/health-routes.ts), the start command
 * (package.json start:prod) and the Teams app package's placeholders.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvSchema, parseConfig } from '../../src/config.ts';
import { CONTAINERS, PARTITION_KEY_PATH } from '../../src/storage/containers.ts';
import { PROJECT_ROOT } from './reproduce-image.ts';

const read = (path: string) => readFile(join(PROJECT_ROOT, path), 'utf8');
const bicep = await read('infra/azure.bicep');
const lines = bicep.split('\n').filter((line) => !line.trim().startsWith('//'));
const code = lines.join('\n');

/** `var name = [ 'a' 'b' ]` → ['a', 'b'] */
function arrayVar(name: string): string[] {
  const body = new RegExp(`var ${name} = \\[([^\\]]*)\\]`).exec(code)?.[1];
  if (body === undefined) throw new Error(`no var ${name} in infra/azure.bicep`);
  return [...body.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}
const stringVar = (name: string) => new RegExp(`var ${name} = '([^']*)'`).exec(code)?.[1];
const property = (name: string) => new RegExp(`\\b${name}: '([^']*)'`).exec(code)?.[1];

/** The web app's settings: `{ name: 'X', value: … }`, the value as written (a literal or an expression). */
function appSettings(): Map<string, string> {
  const block = /appSettings: \[([\s\S]*?)\n\s*\]/.exec(code)?.[1] ?? '';
  return new Map([...block.matchAll(/\{ name: '([^']+)', value: (.+) \}/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Parameters and their defaults, from `param name type = default` (decorators ignored). */
function params(): Map<string, string | undefined> {
  return new Map([...code.matchAll(/^param (\w+) \w+(?: = (.+))?$/gm)].map((m) => [m[1]!, m[2]]));
}

describe('infra/azure.bicep against the code', () => {
  it('creates exactly the Cosmos containers of src/storage/containers.ts, each partitioned by the key the code uses', () => {
    expect([...arrayVar('cosmosContainers')].sort()).toEqual(Object.values(CONTAINERS).sort());
    expect(stringVar('cosmosPartitionKeyPath')).toBe(PARTITION_KEY_PATH);
    expect(code).toMatch(/for name in cosmosContainers:[\s\S]*partitionKey: \{ paths: \[ cosmosPartitionKeyPath \], kind: 'Hash' \}/);
  });

  it('makes Cosmos DB serverless by default, autoscale as an option, with continuous backup', () => {
    expect(params().get('cosmosCapacityMode')).toBe("'serverless'");
    expect(code).toContain("@allowed(['serverless', 'autoscale'])");
    expect(code).toContain("capabilities: serverless ? [ { name: 'EnableServerless' } ] : []");
    expect(code).toMatch(/autoscaleSettings: \{ maxThroughput: cosmosAutoscaleMaxThroughput \}/);
    expect(code).toMatch(/backupPolicy: \{\s*type: 'Continuous'/);
  });

  it('has only app settings the configuration knows, and src/config.ts accepts them as a production configuration', () => {
    const settings = appSettings();
    const platform = new Set(['SCM_DO_BUILD_DURING_DEPLOYMENT', 'WEBSITE_HEALTHCHECK_MAXPINGFAILURES', 'APPLICATIONINSIGHTS_CONNECTION_STRING']);
    const known = new Set([...Object.keys(EnvSchema.shape), ...platform]);
    expect([...settings.keys()].filter((name) => !known.has(name))).toEqual([]);
    // Values the deployment computes, as they look after it (a literal is taken as written).
    const samples: Record<string, Record<string, string>> = {
      SingleTenant: { MicrosoftAppPassword: 'secret-from-key-vault', MicrosoftAppType: 'SingleTenant' },
      UserAssignedMSI: { MicrosoftAppPassword: '', MicrosoftAppType: 'UserAssignedMSI' },
    };
    const computed: Record<string, string> = {
      COSMOS_ENDPOINT: 'https://samverkan-cosmos.documents.azure.com:443/',
      COSMOS_KEY: 'key-from-key-vault',
      COSMOS_DATABASE: 'samverkan',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppTenantId: 'tenant-1',
      ALLOWED_TENANTS: 'tenant-1',
      ADMIN_IDS: '',
      JOBS_KEY: '3f9a0c1be27d48a6951c0d7e2b4a8f13',
      READ_ACCESS: 'roster',
      APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=x',
    };
    for (const botAppType of arrayOfAllowed('botAppType')) {
      const env: Record<string, string> = {};
      for (const [name, value] of settings) {
        const literal = /^'([^'$]*)'$/.exec(value)?.[1];
        const sample = samples[botAppType]?.[name] ?? computed[name] ?? literal;
        if (sample === undefined) throw new Error(`app setting ${name} = ${value}: add a sample value to this test`);
        env[name] = sample;
      }
      const config = parseConfig(env);
      expect(config, botAppType).toMatchObject({ anonymous: false, host: '0.0.0.0', scheduler: true, bot: { appType: botAppType } });
      expect(config.cosmos).toMatchObject({ endpoint: computed.COSMOS_ENDPOINT });
      expect(config.playground).toBeUndefined();
    }
    for (const required of ['NODE_ENV', 'HOST', 'COSMOS_ENDPOINT', 'COSMOS_KEY', 'MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'MicrosoftAppPassword', 'ALLOWED_TENANTS', 'APPLICATIONINSIGHTS_CONNECTION_STRING']) {
      expect(settings.has(required), required).toBe(true);
    }
    expect(settings.get('NODE_ENV')).toBe("'production'");
  });

  it('keeps secrets in Key Vault: the Cosmos key, the bot password and the jobs key are Key Vault references', () => {
    const settings = appSettings();
    for (const secret of ['COSMOS_KEY', 'MicrosoftAppPassword', 'JOBS_KEY']) expect(settings.get(secret), secret).toContain('@Microsoft.KeyVault(');
    expect(code).toContain('keyVaultReferenceIdentity: identity.id');
    expect(code).toContain('enableRbacAuthorization: true');
  });

  it('probes the readiness path the code mounts, and starts what npm run start:prod starts, on Node 20', async () => {
    const healthRoutes = await read('bot/edge/health-routes.ts');
    const healthPath = property('healthCheckPath');
    expect(healthPath).toBe('/readyz');
    expect(healthRoutes).toContain(`app.get('${healthPath}'`);
    const dockerHealth = /HEALTHCHECK[^\n]*?(\/\w+)'/.exec(await read('Dockerfile'))?.[1];
    expect(healthRoutes).toContain(`app.get('${dockerHealth}'`);
    const { scripts } = JSON.parse(await read('package.json')) as { scripts: Record<string, string> };
    expect(property('appCommandLine')).toBe(scripts['start:prod']);
    expect(property('linuxFxVersion')).toBe('NODE|20-lts');
  });

  it('runs at least two instances and registers the bot single-tenant or with a managed identity, never multi-tenant', () => {
    expect(code).toMatch(/@minValue\(2\)\n[^\n]*\nparam instanceCount int = (\d+)/);
    expect(Number(params().get('instanceCount'))).toBeGreaterThanOrEqual(2);
    expect(code).toMatch(/capacity: instanceCount/);
    expect(arrayOfAllowed('botAppType').sort()).toEqual(['SingleTenant', 'UserAssignedMSI']);
    expect(code).toContain('msaAppType: botAppType');
    expect(code).toContain("name: 'MsTeamsChannel'");
    expect(code).toMatch(/Microsoft\.Insights\/components/);
  });

  it('has parameters.json values only for parameters the template declares, and one for each without a default', async () => {
    const file = JSON.parse(await read('infra/azure.parameters.json')) as { parameters: Record<string, unknown> };
    const declared = params();
    expect(Object.keys(file.parameters).filter((name) => !declared.has(name))).toEqual([]);
    const withoutDefault = [...declared].filter(([, fallback]) => fallback === undefined).map(([name]) => name);
    for (const name of withoutDefault) expect(Object.keys(file.parameters), name).toContain(name);
  });
});

describe('m365agents.yml', () => {
  it('provisions with infra/azure.bicep, deploys what package:app-service builds, and packages the Teams app from manifest/', async () => {
    const yml = await read('m365agents.yml');
    expect(yml).toContain('path: ./infra/azure.bicep');
    expect(yml).toContain('parameters: ./infra/azure.parameters.json');
    expect(yml).toContain('manifestPath: ./manifest/manifest.template.json');
    expect(yml).toMatch(/args: run package:app-service[\s\S]*azureAppService\/zipDeploy[\s\S]*artifactFolder: \.deploy/);
    const { scripts } = JSON.parse(await read('package.json')) as { scripts: Record<string, string> };
    expect(scripts['package:app-service']).toBeDefined();
    expect(await read('m365agents.local.yml')).toContain('version: v1.9');
  });

  it('fills every placeholder of the app manifest from a provision step or an output of the Bicep', async () => {
    const yml = await read('m365agents.yml');
    const manifest = await read('manifest/manifest.template.json');
    const placeholders = new Set([...manifest.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!));
    const written = new Set([...yml.matchAll(/^\s+\w+: ([A-Z_]+)$/gm)].map((m) => m[1]!));
    const outputs = new Set([...code.matchAll(/^output (\w+) /gm)].map((m) => m[1]!));
    expect([...placeholders].filter((name) => !written.has(name) && !outputs.has(name))).toEqual([]);
  });
});

function arrayOfAllowed(param: string): string[] {
  const match = new RegExp(`@allowed\\(\\[([^\\]]*)\\]\\)\\n(?:@[^\\n]*\\n)*param ${param} `).exec(code);
  if (!match) throw new Error(`no @allowed for ${param}`);
  return [...match[1]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}
