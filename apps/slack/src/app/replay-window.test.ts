import { describe, expect, it } from 'vitest';
import { isWithinReplayWindow } from './replay-window.js';

describe('isWithinReplayWindow', () => {
  const now = 1_700_000_000_000;
  const seconds = now / 1000;
  it('accepts up to 5 minutes either way and refuses beyond, or anything not a timestamp', () => {
    expect(isWithinReplayWindow(String(seconds), now)).toBe(true);
    expect(isWithinReplayWindow(String(seconds - 300), now)).toBe(true);
    expect(isWithinReplayWindow(String(seconds + 300), now)).toBe(true);
    expect(isWithinReplayWindow(String(seconds - 301), now)).toBe(false);
    expect(isWithinReplayWindow(String(seconds + 301), now)).toBe(false);
    for (const bad of [undefined, '', 'soon', '1e9', '-5', `${seconds}.5`])
      expect(isWithinReplayWindow(bad, now)).toBe(false);
    expect(isWithinReplayWindow([String(seconds)], now)).toBe(true);
  });
});
