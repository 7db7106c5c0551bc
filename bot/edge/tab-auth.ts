import { createLocalJWKSet, createRemoteJWKSet, errors, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';

/** Who a valid tab token names. */
export interface TabUser {
  tenantId: string;
  /** Entra object id (`oid`): the roster's id. */
  userId: string;
  name: string;
}

/** The scope the tab's SSO token must carry (exposed by the app registration). */
export const TAB_SCOPE = 'access_as_user';

export interface TabTokenRules {
  /** Signing keys: the Entra tenant's keys in production, a local key set in the dev host and tests. */
  keys: JWTVerifyGetKey;
  /** Accepted `aud` values: `api://<domain>/<appId>` (v1 tokens) and the app id (v2 tokens). */
  audiences: string[];
  /** Accepted `iss` values for a token of tenant `tid`. */
  issuersFor: (tenantId: string) => string[];
  allowedTenants: ReadonlySet<string>;
}

export type TabTokenResult = { ok: true; user: TabUser } | { ok: false; reason: string };

/** Entra's issuers for a tenant: v2 (`login.microsoftonline.com/<tid>/v2.0`) and v1 (`sts.windows.net/<tid>/`). */
export const entraIssuersFor = (tenantId: string) => [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];

/** The audiences of the tab's SSO token for an app registration (see the manifest's webApplicationInfo). */
export const tabAudiences = (appId: string, domain: string) => [`api://${domain}/${appId}`, appId];

/** Rules for Entra tokens: the signing keys Microsoft publishes for every tenant (fetched and cached by jose). */
export function entraTokenRules(input: { appId: string; domain: string; allowedTenants: ReadonlySet<string> }): TabTokenRules {
  return {
    keys: createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys')),
    audiences: tabAudiences(input.appId, input.domain),
    issuersFor: entraIssuersFor,
    allowedTenants: input.allowedTenants,
  };
}

/**
 * Checks a bearer token from `authentication.getAuthToken`: signature against the rules' keys,
 * expiry, audience, issuer of its own tenant, tenant on the allow-list, and the `access_as_user`
 * scope. Returns the reason on failure (for the log; never the token itself).
 */
export async function verifyTabToken(authorization: string | undefined, rules: TabTokenRules): Promise<TabTokenResult> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return { ok: false, reason: 'no bearer token' };
  try {
    const { payload } = await jwtVerify(token, rules.keys, { audience: rules.audiences, algorithms: ['RS256', 'ES256'], clockTolerance: 60, requiredClaims: ['exp', 'tid', 'oid'] });
    const tenantId = typeof payload['tid'] === 'string' ? payload['tid'] : '';
    if (!rules.allowedTenants.has(tenantId)) return { ok: false, reason: `tenant ${tenantId} is not allowed` };
    if (!payload.iss || !rules.issuersFor(tenantId).includes(payload.iss)) return { ok: false, reason: `issuer ${payload.iss ?? '(none)'} is not the tenant's` };
    const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
    if (!scopes.includes(TAB_SCOPE)) return { ok: false, reason: `scope ${TAB_SCOPE} missing` };
    const userId = typeof payload['oid'] === 'string' ? payload['oid'] : '';
    const name = typeof payload['name'] === 'string' ? payload['name'] : userId;
    return { ok: true, user: { tenantId, userId, name } };
  } catch (error) {
    if (error instanceof errors.JOSEError) return { ok: false, reason: `${error.code}: ${error.message}` };
    throw error;
  }
}

/** The issuer and audience of the local dev host's tokens: trusted only when the server runs locally without an app id. */
export const LOCAL_ISSUER = 'urn:samverkan:dev-tab-host';
export const LOCAL_AUDIENCE = 'api://localhost/samverkan-dev-tab';

export interface LocalTokenIssuer {
  rules: TabTokenRules;
  /** A token for `user` like the one Teams would give the tab (`scp` access_as_user). */
  sign(user: TabUser, options?: { expiresInSeconds?: number }): Promise<string>;
}

/**
 * A key pair made at start and kept in memory: the dev host signs with it, and the server (local
 * mode only) trusts it. Nothing is written to disk, so a restart invalidates every local token.
 */
export async function createLocalTokenIssuer(allowedTenants: ReadonlySet<string>): Promise<LocalTokenIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'local', alg: 'ES256', use: 'sig' };
  return {
    rules: { keys: createLocalJWKSet({ keys: [jwk] }), audiences: [LOCAL_AUDIENCE], issuersFor: () => [LOCAL_ISSUER], allowedTenants },
    sign: (user, options = {}) =>
      new SignJWT({ tid: user.tenantId, oid: user.userId, name: user.name, scp: TAB_SCOPE, ver: '2.0' })
        .setProtectedHeader({ alg: 'ES256', kid: 'local' })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setSubject(user.userId)
        .setIssuedAt()
        .setExpirationTime(`${options.expiresInSeconds ?? 3600}s`)
        .sign(privateKey),
  };
}
