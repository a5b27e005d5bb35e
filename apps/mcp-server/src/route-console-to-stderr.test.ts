import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeConsoleToStderr } from './route-console-to-stderr.js';

const original = globalThis.console;

afterEach(() => {
  globalThis.console = original;
  vi.restoreAllMocks();
});

describe('routeConsoleToStderr', () => {
  it('sends every console method to stderr, none to stdout (not only log, info and debug)', () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    routeConsoleToStderr();
    console.log('log');
    console.info('info');
    console.debug('debug');
    console.table([{ a: 1 }]);
    console.dir({ dir: true });
    console.group('group');
    console.groupEnd();
    console.count('count');
    console.time('time');
    console.timeEnd('time');
    console.trace('trace');
    console.warn('warn');
    console.error('error');
    expect(stdout).not.toHaveBeenCalled();
    const written = stderr.mock.calls.map(([chunk]) => String(chunk)).join('');
    for (const text of [
      'log',
      'info',
      'debug',
      '│ a',
      'dir: true',
      'group',
      'count: 1',
      'time:',
      'Trace: trace',
      'warn',
      'error',
    ]) {
      expect(written).toContain(text);
    }
  });
});
