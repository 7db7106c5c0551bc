import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopbackHost, parseConfig } from '../src/config.ts';

const APP = { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: 't1', ALLOWED_TENANTS: 't1' };

describe('configuration: anonymous mode only where nobody else can reach it', () => {
  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.1.2.3', '::ffff:127.0.0.1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'bot.example.se', '128.0.0.1']) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('refuses to start anonymously on a reachable HOST unless ALLOW_ANONYMOUS=1, and then says so', () => {
    expect(() => parseConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => parseConfig({ HOST: '0.0.0.0' })).toThrow(/ALLOW_ANONYMOUS=1/);
    const allowed = parseConfig({ HOST: '0.0.0.0', ALLOW_ANONYMOUS: '1' });
    expect(allowed).toMatchObject({ anonymous: true, exposedAnonymously: true, seedDemoRoster: false });
    expect(parseConfig({ HOST: '0.0.0.0', ...APP })).toMatchObject({ anonymous: false, exposedAnonymously: false, seedDemoRoster: false });
  });

  it('seeds the demo roster only in local anonymous mode', () => {
    expect(parseConfig({})).toMatchObject({ anonymous: true, exposedAnonymously: false, seedDemoRoster: true });
    expect(parseConfig({ ...APP })).toMatchObject({ seedDemoRoster: false });
  });

  it('reads READ_ACCESS, roster by default', () => {
    expect(parseConfig({}).readAccess).toBe('roster');
    expect(parseConfig({ READ_ACCESS: 'tenant' }).readAccess).toBe('tenant');
    expect(() => parseConfig({ READ_ACCESS: 'everyone' })).toThrow(ConfigError);
  });
});

describe('configuration: the jobs key', () => {
  it.each([
    ['shorter than 16 characters', 'Ab1-Ab1-Ab1-Ab1'],
    ['fewer than 10 different characters', 'abcabcabc1231231231'],
    ['one character class only', 'abcdefghijklmnopqrstuvwxyz'],
    ['digits only', '12345678901234567890'],
    ['one character repeated', 'a'.repeat(64)],
  ])('refuses a key %s', (_why, key) => {
    expect(() => parseConfig({ JOBS_KEY: key })).toThrow(/JOBS_KEY/);
  });

  it.each([['hex from openssl', '3f9a0c1be27d48a6951c0d7e2b4a8f13'], ['base64 from openssl', 'q8Zr3v+Tx1mKp0L7wY2sNe=='], ['a readable phrase with dashes', 'a-jobs-key-of-enough-length']])('accepts %s', (_why, key) => {
    expect(parseConfig({ JOBS_KEY: key }).jobsKey).toBe(key);
  });
});
