import type { ConfigInput, SfLinksClient } from '@sf-links/core';
import { createNodeClient } from '@sf-links/core/node';
import { type FakeJira, type FakeJiraOptions, startFakeJira } from '@sf-links/fake-jira';
import { afterEach } from 'vitest';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** A fake Jira on a random loopback port, closed after the test. */
export async function fakeJira(options?: FakeJiraOptions): Promise<FakeJira> {
  const fake = await startFakeJira(options);
  cleanups.push(() => fake.close());
  return fake;
}

/** A real Node client (undici, retries) pointed at the fake with its PAT, ignoring the process env. */
export function clientFor(
  fake: FakeJira,
  overrides: ConfigInput = {},
  env: NodeJS.ProcessEnv = {},
): SfLinksClient {
  const client = createNodeClient({ env, overrides: { baseUrl: fake.baseUrl, pat: fake.pat, ...overrides } });
  cleanups.push(() => client.close());
  return client;
}

/** Basic credentials of the fake's demo user, with an optional wrong password. */
export function basicFor(fake: FakeJira, password = fake.password): ConfigInput {
  return { pat: undefined, username: fake.username, password };
}

/** The error a call throws, for assertions on code and message. */
export async function failureOf(
  call: Promise<unknown>,
): Promise<{ code: string; message: string; status?: number }> {
  try {
    await call;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the call to fail');
}
