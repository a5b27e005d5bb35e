import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { FakeJira } from './fake-jira.js';
import type { FakeJiraOptions } from './fake-jira-options.js';
import { defaultFakeJiraSwitches, type FakeJiraSwitches } from './fake-jira-switches.js';
import { IssueStore } from './issue-store.js';
import { RateLimiter } from './rate-limiter.js';
import { fakeJiraScenarios, isFakeJiraScenarioName } from './scenarios.js';
import { createRequestHandler } from './server/create-request-handler.js';
import type { ServerState } from './server/server-state.js';

const issueKeyPattern = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;

function definedSwitches(switches: Partial<FakeJiraSwitches>): Partial<FakeJiraSwitches> {
  const defined: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(switches)) {
    if (value !== undefined && name in defaultFakeJiraSwitches()) defined[name] = value;
  }
  if (switches.movedKeys) defined.movedKeys = { ...switches.movedKeys };
  if (switches.rateLimit) defined.rateLimit = { ...switches.rateLimit };
  return defined as Partial<FakeJiraSwitches>;
}

function normaliseContextPath(contextPath: string): string {
  const trimmed = contextPath.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function formatHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts a fake Jira DC with the Connector add-on and a fresh copy of the seed issues. */
export async function startFakeJira(options: FakeJiraOptions = {}): Promise<FakeJira> {
  const { host = '127.0.0.1', port = 0, contextPath = '', scenario = 'default', tls, ...switches } = options;
  if (!isFakeJiraScenarioName(scenario))
    throw new TypeError(`Unknown fake-jira scenario: ${String(scenario)}`);
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const state: ServerState = {
    switches: {
      ...defaultFakeJiraSwitches(),
      ...definedSwitches(fakeJiraScenarios[scenario]),
      ...definedSwitches(switches),
    },
    store: new IssueStore(),
    credentials: {
      pat: randomBytes(33).toString('base64'),
      username: 'demo',
      password: `demo-${randomBytes(6).toString('hex')}`,
    },
    requests: [],
    contextPath: normaliseContextPath(contextPath),
    origin: '',
    basicFailures: 0,
    rateLimiter: null,
    requestCount: 0,
    delay: (milliseconds) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, milliseconds);
        timers.add(timer);
      }),
  };
  const resetRateLimiter = () => {
    state.rateLimiter = state.switches.rateLimit ? new RateLimiter(state.switches.rateLimit) : null;
  };
  resetRateLimiter();

  const server: Server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }) : createHttpServer();
  server.on('request', createRequestHandler(state));
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  state.origin = `${tls ? 'https' : 'http'}://${formatHost(host)}:${actualPort}`;

  let closing: Promise<void> | undefined;
  return {
    baseUrl: `${state.origin}${state.contextPath}`,
    port: actualPort,
    pat: state.credentials.pat,
    username: state.credentials.username,
    password: state.credentials.password,
    requests: state.requests,
    configure(changes) {
      state.switches = { ...state.switches, ...definedSwitches(changes) };
      if ('rateLimit' in changes) resetRateLimiter();
    },
    useScenario(name) {
      if (!isFakeJiraScenarioName(name)) throw new TypeError(`Unknown fake-jira scenario: ${String(name)}`);
      state.switches = { ...defaultFakeJiraSwitches(), ...definedSwitches(fakeJiraScenarios[name]) };
      resetRateLimiter();
    },
    resetCaptcha() {
      state.basicFailures = 0;
    },
    seedIssue({ id, key, associations = [], editable = true, visible = true }) {
      if (!/^\d+$/.test(id)) throw new TypeError(`An issue id is numeric: ${id}`);
      if (!issueKeyPattern.test(key)) throw new TypeError(`Not an issue key: ${key}`);
      state.store.put({ id, key, summary: key, associations, editable, visible });
    },
    associationsOf(idOrKey) {
      return state.store.associationsOf(idOrKey);
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
