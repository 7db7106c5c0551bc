import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

const APP = { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-1', ALLOWED_TENANTS: 'tenant-1' };
const PRODUCTION = { NODE_ENV: 'production', COSMOS_ENDPOINT: 'https://samverkan.documents.azure.com:443/', COSMOS_KEY: 'key' };

function errorOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`no configuration error for ${JSON.stringify(env)}`);
}

describe('configuration errors name the variable and what it needs', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT', /port number|whole number/],
    [{ PORT: '70000' }, 'PORT', /0-65535/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ COSMOS_ENDPOINT: 'not a url' }, 'COSMOS_ENDPOINT', /documents\.azure\.com/],
    [{ COSMOS_ENDPOINT: 'https://x.documents.azure.com/' }, 'COSMOS_KEY', /required when COSMOS_ENDPOINT/],
    [{ COSMOS_DATABASE: '' }, 'COSMOS_DATABASE', /must not be empty/],
    [{ MicrosoftAppType: 'Multi' }, 'MicrosoftAppType', /SingleTenant, UserAssignedMSI, MultiTenant/],
    [{ ...APP, MicrosoftAppTenantId: '' }, 'MicrosoftAppTenantId', /required with MicrosoftAppType=SingleTenant/],
    [{ ...APP, MicrosoftAppPassword: '' }, 'MicrosoftAppPassword', /client secret/],
    [{ ...APP, ALLOWED_TENANTS: '' }, 'ALLOWED_TENANTS', /Entra tenant ids/],
    [{ PLAYGROUND: 'yes' }, 'PLAYGROUND', /1, 0, true or false/],
    [{ SCHEDULER: 'on' }, 'SCHEDULER', /1, 0, true or false/],
    [{ READ_ACCESS: 'all' }, 'READ_ACCESS', /roster, tenant/],
    [{ JOBS_KEY: 'short' }, 'JOBS_KEY', /at least 16/],
    [{ HOST: '0.0.0.0' }, 'HOST', /ALLOW_ANONYMOUS=1/],
    [{ NODE_ENV: 'production' }, 'COSMOS_ENDPOINT', /required with NODE_ENV=production/],
  ])('%j → %s', (env, variable, need) => {
    const message = errorOf(env as Record<string, string>);
    expect(message).toContain(variable);
    expect(message).toMatch(need);
  });

  it('defaults MicrosoftAppType to SingleTenant (new multi-tenant bots cannot be registered)', () => {
    expect(parseConfig(APP).bot.appType).toBe('SingleTenant');
    // A managed identity has no secret.
    expect(parseConfig({ ...APP, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: '' }).bot.appType).toBe('UserAssignedMSI');
  });

  it('in production, has no Playground and needs Cosmos DB by endpoint; locally, the Playground is on by default', () => {
    expect(parseConfig({ ...PRODUCTION }).playground).toBeUndefined();
    expect(parseConfig({ ...PRODUCTION, ...APP }).cosmos).toMatchObject({ endpoint: PRODUCTION.COSMOS_ENDPOINT });
    expect(parseConfig({}).playground).toEqual({ port: 56150 });
    expect(parseConfig({ PLAYGROUND: '0' }).playground).toBeUndefined();
  });
});
