import { app, authentication, pages } from '@microsoft/teams-js';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface TeamsSession {
  theme: TeamsTheme;
  locale: string;
  userName?: string;
  /** A fresh SSO token (teams-js caches it and renews it when it nears expiry). */
  token(): Promise<string>;
  onThemeChange(handler: (theme: TeamsTheme) => void): void;
}

const asTheme = (value: string | undefined): TeamsTheme => (value === 'dark' || value === 'contrast' ? value : 'default');

/** Outside a Teams host (or the dev host) initialize never answers, so it gives up after a while. */
const INITIALIZE_TIMEOUT_MS = 10_000;

/**
 * Joins the host: initialize, read the context (theme, locale, user), and say the app loaded.
 * Rejects when the page is not inside Teams or the dev host.
 */
export async function joinTeams(): Promise<TeamsSession> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('not-in-teams')), INITIALIZE_TIMEOUT_MS);
  });
  try {
    await Promise.race([app.initialize(), timeout]);
  } finally {
    clearTimeout(timer);
  }
  const context = await app.getContext();
  app.notifySuccess().catch(() => undefined);
  return {
    theme: asTheme(context.app.theme),
    locale: context.app.locale,
    ...(context.user?.displayName ? { userName: context.user.displayName } : {}),
    token: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))),
  };
}

/**
 * The channel tab's configuration page: nothing to choose, so saving is allowed at once and saves
 * the tab itself (same address, without `view=config`) under the given name.
 */
export function allowChannelTabSave(displayName: string): void {
  const contentUrl = new URL('./', window.location.href).href.split('?')[0]!;
  pages.config.registerOnSaveHandler((save) => {
    pages.config.setConfig({ entityId: 'laget', contentUrl, websiteUrl: contentUrl, suggestedDisplayName: displayName }).then(
      () => save.notifySuccess(),
      (error: unknown) => save.notifyFailure(error instanceof Error ? error.message : String(error)),
    );
  });
  pages.config.setValidityState(true);
}
