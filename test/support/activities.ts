import { randomUUID } from 'node:crypto';

export const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';
export const DEMO_USER_AAD = '00000000-0000-0000-0000-0000000000020';

/** A Teams-shaped activity as the connector would post it; override any part. */
export function teamsActivity(serviceUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const tenantId = (overrides.tenantId as string | undefined) ?? PLAYGROUND_TENANT;
  const aadObjectId = (overrides.aadObjectId as string | undefined) ?? DEMO_USER_AAD;
  const { tenantId: _t, aadObjectId: _a, ...rest } = overrides;
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${aadObjectId}`, aadObjectId, name: 'Alex Wilber' },
    recipient: { id: '28:bot', name: 'Samverkan' },
    conversation: { id: `a:personal-${aadObjectId}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: 'sv-SE',
    text: '',
    ...rest,
  };
}

export async function postActivity(botUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
}
