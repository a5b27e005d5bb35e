import { ConnectionError, type IssueResult, parseIssueInput, type SfLinksClient } from '@sf-links/core';

/** After the deadline, how long aborted lookups get to settle before the call answers without them. */
const settleMs = 1000;

function labelOf(issue: string): string {
  try {
    return parseIssueInput(issue).idOrKey;
  } catch {
    return issue.trim();
  }
}

/**
 * `client.lookupMany`, cut short at `deadlineMs`: issues answered by then keep their results, the
 * others answer TIMEOUT saying why, so a batch of stalled issues returns before the MCP client gives
 * up on the call (many wait 60 s) instead of failing as a whole.
 */
export async function lookupWithinDeadline(
  client: SfLinksClient,
  issues: readonly string[],
  options: {
    signal: AbortSignal;
    deadlineMs: number;
    /** Called with the count of issues answered so far, as each one is; never once the call answered. */
    reportProgress?: (done: number, total: number) => void;
  },
): Promise<IssueResult[]> {
  const seconds = `${Math.round(options.deadlineMs / 100) / 10} s`;
  const expired = new ConnectionError({
    reason: 'timeout',
    detail: `No answer from ${client.host || 'Jira'} within this call's ${seconds} deadline.`,
    hint: 'Ask again for the issues that timed out, fewer per call; if every issue is slow, check Jira with sf-links-mcp --doctor.',
    host: client.host,
  });
  const controller = new AbortController();
  const onCancel = () => controller.abort(options.signal.reason);
  if (options.signal.aborted) onCancel();
  else options.signal.addEventListener('abort', onCancel, { once: true });
  const deadline = setTimeout(() => controller.abort(expired), options.deadlineMs);
  let cutOff: NodeJS.Timeout | undefined;
  // Core stops every request on abort; should one not stop, the call still answers.
  const late = new Promise<IssueResult[]>((resolve) => {
    cutOff = setTimeout(
      () =>
        resolve(
          issues.map((issue) => ({
            issue: labelOf(issue),
            error: { code: expired.code, message: expired.message },
          })),
        ),
      options.deadlineMs + settleMs,
    );
  });
  const { reportProgress } = options;
  let answered = false;
  let done = 0;
  const onSettled = reportProgress
    ? () => {
        done += 1;
        if (!answered) reportProgress(done, issues.length);
      }
    : undefined;
  try {
    return await Promise.race([client.lookupMany(issues, { signal: controller.signal, onSettled }), late]);
  } finally {
    answered = true;
    clearTimeout(deadline);
    clearTimeout(cutOff);
    options.signal.removeEventListener('abort', onCancel);
  }
}
