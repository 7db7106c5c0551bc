import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityTypes } from 'botbuilder';
import express from 'express';
import { pino } from 'pino';
import { createAdapter } from './create-adapter.ts';

/**
 * The bare Bot Framework baseline `npm run bench:http` measures the bot against: CloudAdapter and
 * express, replying with the text it got; anonymous, like a local start.
 */
export async function startEchoBot(): Promise<{ url: string; stop(): Promise<void> }> {
  const { adapter } = createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '' }, pino({ level: 'silent' }));
  const app = express();
  app.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(context.activity.text ?? '');
    });
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  server.keepAliveTimeout = 65_000;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
