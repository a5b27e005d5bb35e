import { toSfLinksError } from '@sf-links/core';
import { errorCodeTraits } from './error-code-traits.js';
import type { OpenedClient } from './open-client.js';

type Write = (line: string) => void;

/**
 * `--doctor`: configuration, credentials (`/rest/api/2/myself`) and the add-on's endpoint, one line
 * per check on stderr (stdout stays free for MCP), a skipped check included. Resolves to the exit
 * code of the first failure.
 */
export async function runDoctor(
  { client, configError }: OpenedClient,
  write: Write = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  if (configError) {
    write(`✗ configuration: ${configError.detail} Set them in the environment, then run --doctor again.`);
    write('- Jira: skipped: the configuration is invalid');
    write('- add-on: skipped: the configuration is invalid');
    return errorCodeTraits('CONFIG').exitCode;
  }
  write(`✓ configuration: Jira at ${client.baseUrl}`);
  try {
    try {
      const user = await client.whoAmI();
      write(`✓ Jira: signed in as ${user.name}${user.displayName ? ` (${user.displayName})` : ''}`);
    } catch (error) {
      const failure = toSfLinksError(error);
      write(`✗ Jira: ${failure.code}: ${failure.message}`);
      write('- add-on: skipped: sign-in failed');
      return errorCodeTraits(failure.code).exitCode;
    }
    try {
      await client.probeAddon();
      write('✓ add-on: the Connector for Salesforce & Jira associations endpoint answers');
      return 0;
    } catch (error) {
      const failure = toSfLinksError(error);
      write(`✗ add-on: ${failure.code}: ${failure.message}`);
      return errorCodeTraits(failure.code).exitCode;
    }
  } finally {
    await client.close();
  }
}
