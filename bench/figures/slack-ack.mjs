// Figure 5: Slack ack latency for 20 signed slash commands at once, with Jira answering in 5 s.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Agent, request } from 'undici';
import { track } from '../lib/children.mjs';
import { notMeasured } from '../lib/not-measured.mjs';
import { binOf, rootDirectory } from '../lib/paths.mjs';
import { cleanEnv } from '../lib/run-process.mjs';
import { startFakeJira } from '../lib/start-fake-jira.mjs';
import { startResponseCatcher } from '../lib/start-response-catcher.mjs';
import { describe, percentile } from '../lib/stats.mjs';

const figure = 'Slack ack p99, 20 commands at once, Jira answering in 5 s';
const p50Figure = 'Slack ack p50, 20 commands at once, Jira answering in 5 s';
const goal = '<= 50, every reply delivered';
const burstSize = 20;
const jiraLatencyMs = 5000;
/** How long the app may take to say which port it listens on. */
const startTimeoutMs = 30_000;

/** What this step reports, for run.mjs to record when it fails. p99 carries the goal; p50 is beside it. */
export const slackFigures = [
  { figure, unit: 'ms', goal },
  { figure: p50Figure, unit: 'ms', goal },
];

function startSlackApp(bin, env) {
  const child = track(spawn(process.execPath, [bin], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`sf-links-slack did not start within ${startTimeoutMs / 1000} s: ${output.slice(-400)}`),
      );
    }, startTimeoutMs);
    const onLine = (line) => {
      output += `${line}\n`;
      const port = /on port (\d+)/.exec(line)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({
          eventsUrl: `http://127.0.0.1:${port}/slack/events`,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sf-links-slack exited (${code}): ${output.slice(-400)}`));
    });
  });
}

/** Sends one command as Slack does; resolves with the ack's status, body and latency. */
async function sendCommand(app, agent, signingSecret, text, responseUrl, index) {
  const body = new URLSearchParams({
    command: '/sf-links',
    text,
    user_id: `U0BENCH${index}`,
    user_name: 'bench',
    channel_id: 'C0BENCH',
    team_id: 'T0BENCH',
    api_app_id: 'A0BENCH',
    trigger_id: `1.2.${index}`,
    response_url: responseUrl,
  }).toString();
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const started = performance.now();
  const response = await request(app.eventsUrl, {
    method: 'POST',
    dispatcher: agent,
    headers: {
      // Exactly this: Bolt refuses a charset suffix (recipes/slack-e2e.md).
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
    },
    body,
  });
  const text_ = await response.body.text();
  return { status: response.statusCode, body: text_, milliseconds: performance.now() - started };
}

export async function measureSlackAck({ bursts = 3 } = {}) {
  const bin = binOf(join(rootDirectory, 'apps/slack'));
  if (!bin) {
    const why = 'apps/slack has no built bin (dist) yet';
    return slackFigures.map((entry) => notMeasured(entry.figure, entry.unit, entry.goal, why));
  }
  const fake = await startFakeJira([
    '--latency-ms',
    String(jiraLatencyMs),
    '--large-issues',
    `${burstSize}/1`,
  ]);
  const catcher = await startResponseCatcher();
  const signingSecret = randomBytes(16).toString('hex');
  const agent = new Agent({ connections: burstSize });
  let app;
  try {
    app = await startSlackApp(
      bin,
      cleanEnv({
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_BOT_TOKEN: `xoxb-${randomBytes(8).toString('hex')}`,
        PORT: '0',
        SLACK_LOG_LEVEL: 'warn',
        SLACK_ALLOWED_TEAMS: '*',
        SLACK_ALLOWED_CHANNELS: '*',
        SLACK_ALLOWED_USERS: '*',
        SF_LINKS_ALLOWED_PROJECTS: '*',
        JIRA_BASE_URL: fake.baseUrl,
        JIRA_PAT: fake.pat,
      }),
    );
    // One burst first, untimed (its replies are checked too): the app's first-request compile and the
    // 20 connections opened would otherwise be in the figure, while Slack's own connections stay warm.
    const sent = [];
    const acks = [];
    let coldAcks = [];
    for (let burst = 0; burst <= bursts; burst += 1) {
      const commands = Array.from({ length: burstSize }, (_, index) => {
        const responseUrl = catcher.nextResponseUrl();
        sent.push({ responseUrl, issue: `BIG-${index + 1}` });
        return sendCommand(
          app,
          agent,
          signingSecret,
          `BIG-${index + 1}`,
          responseUrl,
          burst * burstSize + index,
        );
      });
      const burstAcks = await Promise.all(commands);
      if (burst > 0) acks.push(...burstAcks);
      else coldAcks = burstAcks;
    }
    const badAcks = [...coldAcks, ...acks].filter((ack) => ack.status !== 200 || ack.body !== '');
    // Every reply must arrive: at most Jira's 5 s plus a margin after the last burst.
    const deadline = performance.now() + jiraLatencyMs + 10_000;
    while (performance.now() < deadline && sent.some(({ responseUrl }) => !catcher.replyTo(responseUrl))) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const missing = sent.filter(({ responseUrl }) => !catcher.replyTo(responseUrl));
    const wrong = sent.filter(({ responseUrl, issue }) => {
      const reply = catcher.replyTo(responseUrl);
      return reply && !reply.body.includes(issue);
    });
    const latencies = acks.map((ack) => ack.milliseconds);
    const p50 = percentile(latencies, 0.5);
    const p99 = percentile(latencies, 0.99);
    const delivered = sent.length - missing.length;
    const allDelivered = missing.length === 0 && wrong.length === 0 && badAcks.length === 0;
    const p50Result = {
      figure: p50Figure,
      value: Math.round(p50 * 10) / 10,
      unit: 'ms',
      goal,
      met: p50 <= 50 && allDelivered,
      detail: `p50 of the same ${latencies.length} acks (the goal is on p99)`,
    };
    const p99Result = {
      figure,
      value: Math.round(p99 * 10) / 10,
      unit: 'ms',
      goal,
      met: p99 <= 50 && allDelivered,
      detail: `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (all ${describe(latencies, 1)}); ${bursts} bursts of ${burstSize}; replies delivered ${delivered}/${sent.length}${wrong.length ? `, ${wrong.length} naming the wrong issue` : ''}${badAcks.length ? `, ${badAcks.length} acks not 200/empty` : ''}; untimed cold first burst: max ${Math.max(
        ...coldAcks.map((ack) => ack.milliseconds),
      ).toFixed(1)} ms`,
    };
    return [p99Result, p50Result];
  } finally {
    await app?.stop();
    await agent.close();
    await catcher.close();
    await fake.stop();
  }
}
