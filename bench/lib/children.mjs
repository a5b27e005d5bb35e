// Every child process the bench starts, so a figure that fails or hangs cannot leave one running
// (a stray fake Jira or Slack app would keep `pnpm bench` from exiting and skew the next figure).
const alive = new Set();

/** Registers a child until it exits; returns it. */
export function track(child) {
  alive.add(child);
  child.once('exit', () => alive.delete(child));
  return child;
}

/** Kills (SIGKILL) every tracked child that still runs; returns how many. */
export function killTracked() {
  let killed = 0;
  for (const child of alive) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      killed += 1;
    }
  }
  alive.clear();
  return killed;
}

/**
 * Rejects with `message` unless `promise` settles within `milliseconds`; `onTimeout` runs first
 * (to kill what hangs). The timer never keeps the process alive.
 */
export function withTimeout(promise, milliseconds, message, onTimeout) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(message));
    }, milliseconds);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
