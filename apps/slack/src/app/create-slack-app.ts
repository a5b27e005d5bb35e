import type { Server } from 'node:http';
import type { SfLinksClient } from '@sf-links/core';
import { App, type Logger, type Receiver, SocketModeReceiver } from '@slack/bolt';
import { createAppLogger } from '../logging/create-app-logger.js';
import type { SlackSettings } from '../settings/slack-settings.js';
import { createHttpReceiver, eventsPath } from './create-http-receiver.js';
import { createCommandHandler } from './handle-command.js';

export interface CreateSlackAppOptions {
  /** The Jira client (`createNodeClient()` from `@sf-links/core/node`); closed by `stop()`. */
  client: SfLinksClient;
  settings: SlackSettings;
  /** Default: the HTTP receiver (with replay window and `/health`) or Socket Mode, per `settings.mode`. */
  receiver?: Receiver;
  /** Default: JSON lines on stderr, redacted. */
  logger?: Logger;
  /** How long a response URL may take to accept a reply before it is logged as lost. Default 10 s. */
  respondTimeoutMs?: number;
}

export interface ListenOptions {
  /** Default `settings.port` (HTTP mode). */
  port?: number;
  /** Default `settings.host` (HTTP mode), else all interfaces. */
  host?: string;
}

export interface SlackApp {
  readonly app: App;
  readonly receiver: Receiver;
  /**
   * HTTP mode: listens and resolves with the events URL (`http://host:port/slack/events`).
   * Socket Mode: connects to Slack and resolves with `undefined`.
   */
  start(listen?: ListenOptions): Promise<string | undefined>;
  /** Resolves once every reply in flight has been delivered (or failed). */
  idle(): Promise<void>;
  /** Stops taking commands, waits up to `graceMs` (default 25 s) for replies in flight, closes the client. */
  stop(options?: { graceMs?: number }): Promise<void>;
}

/**
 * The Slack app: Bolt with the `/sf-links` listener, and a receiver that can be swapped. Answering
 * needs no Slack Web API call: `authorize` hands Bolt the bot token without `auth.test`, so the app
 * starts and answers with Slack's API unreachable.
 */
export function createSlackApp(options: CreateSlackAppOptions): SlackApp {
  const { client, settings } = options;
  const logger =
    options.logger ??
    createAppLogger({
      level: settings.logLevel,
      secrets: [settings.botToken, settings.mode === 'http' ? settings.signingSecret : settings.appToken],
    });
  let draining = false;
  const inFlight = new Set<Promise<void>>();
  const receiver =
    options.receiver ??
    (settings.mode === 'http'
      ? createHttpReceiver({ signingSecret: settings.signingSecret, logger, isDraining: () => draining })
      : new SocketModeReceiver({ appToken: settings.appToken, logger }));

  const app = new App({
    receiver,
    logger,
    authorize: async () => ({ botToken: settings.botToken }),
    convoStore: false,
    ignoreSelf: false,
  });
  // Any slash command routed here is ours: the name in the manifest may be changed by the admin.
  app.command(
    /^\//,
    createCommandHandler({
      client,
      access: settings.access,
      logger,
      respondTimeoutMs: options.respondTimeoutMs,
      track: (reply) => {
        inFlight.add(reply);
        void reply.finally(() => inFlight.delete(reply));
      },
    }),
  );
  app.error(async (error) => {
    logger.error('Unhandled error in a listener:', error);
  });

  async function idle(): Promise<void> {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  }

  return {
    app,
    receiver,
    async start(listen = {}) {
      if (settings.mode === 'socket' && !options.receiver) {
        await app.start();
        logger.info('Connected to Slack in Socket Mode.');
        return undefined;
      }
      const port = listen.port ?? (settings.mode === 'http' ? settings.port : 3000);
      const host = listen.host ?? (settings.mode === 'http' ? settings.host : undefined);
      const started: unknown = await app.start(host ? { port, host } : port);
      // A custom receiver may not be an HTTP server; only an HTTP server has an address to report.
      const address = (started as Partial<Server> | undefined)?.address?.();
      if (!address || typeof address === 'string') return undefined;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${shown}:${address.port}${eventsPath}`;
      logger.info(
        `Listening for slash commands on port ${address.port} of ${host ? shown : 'every interface'} (${eventsPath}, health on /health).`,
      );
      return url;
    },
    idle,
    async stop(stopOptions = {}) {
      draining = true;
      try {
        await app.stop();
      } catch (error) {
        logger.debug('Receiver was not running:', error);
      }
      // Commands already acked still get their one reply (up to the grace period).
      const grace = stopOptions.graceMs ?? 25_000;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        idle(),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, grace);
        }),
      ]);
      clearTimeout(timer);
      await client.close();
    },
  };
}
