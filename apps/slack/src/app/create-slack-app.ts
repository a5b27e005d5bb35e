import type { Server } from 'node:http';
import type { SfLinksClient } from '@sf-links/core';
import { App, type Logger, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { Dispatcher } from 'undici';
import { createAppLogger } from '../logging/create-app-logger.js';
import type { SlackSettings } from '../settings/slack-settings.js';
import { checkSlackReachable } from './check-slack-reachable.js';
import { createHttpReceiver, eventsPath } from './create-http-receiver.js';
import { createOutboundDispatcher, createResponseUrlFetch } from './create-outbound-dispatcher.js';
import { describeSocketStartFailure, SlackStartError } from './describe-start-failure.js';
import { createCommandHandler } from './handle-command.js';

export interface CreateSlackAppOptions {
  /** The Jira client (`createNodeClient()` from `@sf-links/core/node`); closed by `stop()`. */
  client: SfLinksClient;
  settings: SlackSettings;
  /** Default: the HTTP receiver (with replay window and `/health`) or Socket Mode, per `settings.mode`. */
  receiver?: Receiver;
  /** Default: JSON lines on stderr, redacting `settings.secrets` (Slack's and Jira's). */
  logger?: Logger;
  /**
   * How long a response URL may take to accept a reply; the request is then aborted and the reply
   * logged as lost. Default 10 s.
   */
  respondTimeoutMs?: number;
  /** Socket Mode: how long `start()` may try to reach Slack before it fails. Default 30 s. */
  startTimeoutMs?: number;
}

export interface ListenOptions {
  /** Default `settings.port` (HTTP mode). */
  port?: number;
  /** Default `settings.host` (HTTP mode), else all interfaces. */
  host?: string;
}

export interface StopOptions {
  /**
   * How long to keep serving first, with `/health` answering 503 so a load balancer takes the app
   * out of the pool; commands arriving meanwhile are still answered. Default 0 (the bin passes
   * `settings.shutdownDrainMs`).
   */
  drainMs?: number;
  /** Then, with the port closed, how long to wait for replies in flight. Default 25 s. */
  graceMs?: number;
}

export interface SlackApp {
  readonly app: App;
  readonly receiver: Receiver;
  /**
   * HTTP mode: listens and resolves with the events URL (`http://host:port/slack/events`).
   * Socket Mode: connects to Slack and resolves with `undefined`; rejects with a SlackStartError
   * naming what to fix when Slack refuses the app token or cannot be reached in time.
   */
  start(listen?: ListenOptions): Promise<string | undefined>;
  /** Resolves once every reply in flight has been delivered (or failed). */
  idle(): Promise<void>;
  /** Drains (optional), stops taking commands, waits for replies in flight, closes the client. */
  stop(options?: StopOptions): Promise<void>;
}

// Slack answers a response URL in well under a second; 10 s means the reply is lost.
const defaultRespondTimeoutMs = 10_000;
const defaultStartTimeoutMs = 30_000;

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * The Slack app: Bolt with the `/sf-links` listener, and a receiver that can be swapped. Answering
 * needs no Slack Web API call: `authorize` hands Bolt the bot token without `auth.test`, so the app
 * starts and answers with Slack's API unreachable.
 */
export function createSlackApp(options: CreateSlackAppOptions): SlackApp {
  const { client, settings } = options;
  const logger = options.logger ?? createAppLogger({ level: settings.logLevel, secrets: settings.secrets });
  let draining = false;
  const inFlight = new Set<Promise<void>>();
  const dispatcher: Dispatcher = createOutboundDispatcher(settings.proxy);
  const receiver =
    options.receiver ??
    (settings.mode === 'http'
      ? createHttpReceiver({ signingSecret: settings.signingSecret, logger, isDraining: () => draining })
      : new SocketModeReceiver({
          appToken: settings.appToken,
          logger,
          // The WebSocket and apps.connections.open go through the proxy too.
          dispatcher,
          installerOptions: {
            clientOptions: {
              ...(settings.slackApiUrl ? { slackApiUrl: settings.slackApiUrl } : {}),
              timeout: 10_000,
            },
          },
        }));

  const app = new App({
    receiver,
    logger,
    authorize: async () => ({ botToken: settings.botToken }),
    convoStore: false,
    ignoreSelf: false,
    // respond() posts with clientOptions.fetch (Bolt 5): ours honours the proxy and aborts on timeout.
    clientOptions: {
      fetch: createResponseUrlFetch(dispatcher, options.respondTimeoutMs ?? defaultRespondTimeoutMs),
    },
  });
  // Any slash command routed here is ours: the name in the manifest may be changed by the admin.
  app.command(
    /^\//,
    createCommandHandler({
      client,
      access: settings.access,
      logger,
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

  async function startSocketMode(): Promise<undefined> {
    const timeoutMs = options.startTimeoutMs ?? defaultStartTimeoutMs;
    const api = settings.mode === 'socket' ? (settings.slackApiUrl ?? 'https://slack.com/api/') : '';
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new SlackStartError(
            `Slack's API at ${api} could not be reached within ${timeoutMs / 1000} s: check the network, HTTPS_PROXY / NO_PROXY, and SLACK_API_URL if set`,
          ),
        );
      }, timeoutMs);
    });
    try {
      await Promise.race([checkSlackReachable(api, dispatcher, timeoutMs).then(() => app.start()), deadline]);
    } catch (error) {
      // Stop the Socket Mode client's own retries; they would otherwise go on in the background.
      await app.stop().catch(() => undefined);
      if (error instanceof SlackStartError) throw error;
      const reason = describeSocketStartFailure(error, settings);
      throw reason ? new SlackStartError(reason, { cause: error }) : error;
    } finally {
      clearTimeout(timer);
    }
    logger.info('Connected to Slack in Socket Mode.');
    return undefined;
  }

  return {
    app,
    receiver,
    async start(listen = {}) {
      if (settings.mode === 'socket' && !options.receiver) return startSocketMode();
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
      const drainMs = stopOptions.drainMs ?? 0;
      if (drainMs > 0) {
        logger.info(`Draining for ${drainMs} ms: /health answers 503, commands are still answered.`);
        await sleep(drainMs);
      }
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
      // Replies still in flight after the grace period are abandoned: destroy, not close.
      await Promise.all([client.close(), dispatcher.destroy()]);
    },
  };
}
