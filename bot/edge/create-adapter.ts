import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/logger.ts';

/**
 * The Bot Framework adapter. Without an app id it runs anonymously (the Agents Playground and the
 * HTTP tests); with one, every request's JWT is validated and replies are signed.
 */
export function createAdapter(bot: Config['bot'], logger: Logger) {
  const settings = {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.appTenantId,
  };
  const authentication = new ConfigurationBotFrameworkAuthentication(
    settings,
    new ConfigurationServiceClientCredentialFactory(settings),
  );
  const adapter = new CloudAdapter(authentication);
  adapter.onTurnError = async (_context, error) => {
    logger.error({ err: error }, 'unhandled error in a turn');
  };
  return { adapter, authentication: bot.appId ? authentication : undefined };
}
