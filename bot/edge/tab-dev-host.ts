import type express from 'express';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { RosterEntry } from '../../src/domain/model.ts';
import type { LocalTokenIssuer } from './tab-auth.ts';

export interface DevHostDeps {
  issuer: LocalTokenIssuer;
  tenantId: string;
  /** The user the page signs in as unless `?user=` names another (the Agents Playground's user). */
  defaultUserId: string;
  rosterEntry(tenantId: string, userId: string): Promise<RosterEntry | undefined>;
}

/** The teams-js runtime the dev host declares: API version 4, with the capabilities the tab uses. */
const RUNTIME = { apiVersion: 4, isLegacyTeams: false, supports: { appEntity: {}, pages: { config: {}, tabs: {}, backStack: {} }, teamsCore: {}, authentication: {} } };

const QuerySchema = z.object({
  user: z.string().regex(/^[\w-]{1,64}$/).optional(),
  theme: z.enum(['default', 'dark', 'contrast']).optional(),
  locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/).optional(),
  /** `config`: the channel tab's configuration page, as Teams shows it when the tab is added to a channel. */
  view: z.enum(['config']).optional(),
});

/**
 * The page: the tab in an iframe (same origin, which teams-js trusts) and a small host that
 * answers teams-js's postMessage protocol like Teams does: `initialize` (frame context, client
 * type, runtime), `getContext` (theme, locale, user, tenant), `authentication.getAuthToken` (a
 * token from this server's local key), and `themeChange` events sent by the theme buttons or by
 * tests through `window.devHost.setTheme`. Every call it saw is kept in `window.devHost.calls`.
 */
function page(settings: { userId: string; tenantId: string; theme: string; locale: string; userName: string; configuring: boolean }): string {
  const config = JSON.stringify({ ...settings, runtime: RUNTIME }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Samverkan – dev host</title>
<style>
  html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { display: flex; gap: 8px; align-items: center; padding: 4px 8px; background: #464775; color: #fff; font-size: 13px; flex-wrap: wrap; }
  header button { font: inherit; }
  iframe { flex: 1; border: 0; width: 100%; }
</style>
</head>
<body>
<header>
  <strong>Local Teams host</strong>
  <span id="who"></span>
  <button type="button" data-theme="default">default</button>
  <button type="button" data-theme="dark">dark</button>
  <button type="button" data-theme="contrast">contrast</button>
</header>
<iframe id="tab" title="Läget" src="${settings.configuring ? '/tab/?view=config' : '/tab/'}"></iframe>
<script>
(() => {
  const config = ${config};
  const frame = document.getElementById('tab');
  const calls = [];
  const messages = [];
  const frameContext = config.configuring ? 'settings' : 'content';
  let theme = config.theme;
  document.getElementById('who').textContent = config.userName + ' · ' + config.locale;
  const context = () => ({
    locale: config.locale, theme, entityId: 'laget', frameContext, hostClientType: 'web', hostName: 'Teams',
    userObjectId: config.userId, userDisplayName: config.userName, loginHint: config.userId, userPrincipalName: config.userId,
    tid: config.tenantId, appSessionId: 'dev-host-session', sessionId: 'dev-host-session',
  });
  const post = (message) => frame.contentWindow.postMessage(message, location.origin);
  async function token() {
    const response = await fetch('/dev/tab-host/token?user=' + encodeURIComponent(config.userId));
    if (!response.ok) throw new Error('token ' + response.status);
    return (await response.json()).token;
  }
  window.addEventListener('message', async (event) => {
    if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
    const message = event.data;
    if (!message || typeof message.func !== 'string') return;
    calls.push(message.func);
    messages.push({ func: message.func, args: message.args });
    const reply = (args) => post({ id: message.id, uuidAsString: message.uuidAsString, args });
    switch (message.func) {
      case 'initialize': return reply([frameContext, 'web', JSON.stringify(config.runtime), '2.58.0']);
      case 'settings.setSettings': return reply([true]);
      case 'getContext': return reply([context()]);
      case 'authentication.getAuthToken':
        try { return reply([true, await token()]); } catch (error) { return reply([false, String(error)]); }
      default: return undefined;
    }
  });
  function setTheme(next) {
    theme = next;
    post({ func: 'themeChange', args: [next] });
  }
  for (const button of document.querySelectorAll('button[data-theme]')) button.addEventListener('click', () => setTheme(button.dataset.theme));
  // Teams' Save button on the configuration page.
  const save = () => post({ func: 'settings.save', args: [{}] });
  window.devHost = { calls, messages, setTheme, save, frame };
})();
</script>
</body>
</html>`;
}

/** `/dev/tab-host`: only mounted when the server runs locally without an app id (the Playground setup). */
export function mountDevTabHost(app: express.Express, deps: DevHostDeps): void {
  app.get('/dev/tab-host', async (req: Request, res: Response) => {
    const query = QuerySchema.safeParse(req.query);
    if (!query.success) {
      res.status(400).json({ error: 'invalid-input', message: 'user: an id; theme: default, dark or contrast; locale: like sv-SE or en-US.' });
      return;
    }
    const userId = query.data.user ?? deps.defaultUserId;
    const entry = await deps.rosterEntry(deps.tenantId, userId);
    res
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(page({ userId, tenantId: deps.tenantId, theme: query.data.theme ?? 'default', locale: query.data.locale ?? 'sv-SE', userName: entry?.name ?? userId, configuring: query.data.view === 'config' }));
  });
  app.get('/dev/tab-host/token', async (req: Request, res: Response) => {
    const query = QuerySchema.safeParse(req.query);
    if (!query.success) {
      res.status(400).json({ error: 'invalid-input', message: 'user must be an id.' });
      return;
    }
    const userId = query.data.user ?? deps.defaultUserId;
    const entry = await deps.rosterEntry(deps.tenantId, userId);
    res.setHeader('Cache-Control', 'no-store').json({ token: await deps.issuer.sign({ tenantId: deps.tenantId, userId, name: entry?.name ?? userId }) });
  });
}
