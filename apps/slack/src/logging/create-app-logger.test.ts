import { describe, expect, it } from 'vitest';
import { createAppLogger } from './create-app-logger.js';

describe('createAppLogger', () => {
  it('writes JSON lines, honours the level and redacts secrets, tokens and response URLs', () => {
    const lines: string[] = [];
    const logger = createAppLogger({
      level: 'info',
      secrets: ['my-pat-value'],
      write: (line) => lines.push(line),
    });
    logger.debug('hidden');
    logger.info(
      'pat my-pat-value and',
      new Error('Bearer abc.defGhIjKlMnOpQrStUv failed for https://hooks.slack.com/commands/T1/2/xyz'),
    );
    logger.warn({ url: 'http://127.0.0.1:9/commands/T1/2/secret', token: 'xoxb-123-abc', app: 'xapp-1-A-2' });
    expect(lines).toHaveLength(2);
    const all = lines.join('\n');
    for (const leaked of [
      'my-pat-value',
      'abc.defGhIj',
      'hooks.slack.com',
      '/commands/',
      'xoxb-123',
      'xapp-1',
    ])
      expect(all).not.toContain(leaked);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 'info', name: 'sf-links-slack' });
    expect(all).toContain('Bearer [redacted]');
    logger.info('refused Basic authentication');
    expect(lines.at(-1)).toContain('refused Basic authentication');
  });
});
