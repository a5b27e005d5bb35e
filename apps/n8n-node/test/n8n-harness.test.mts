// The harness's own policy, testable without installing n8n.
import { describe, expect, it } from 'vitest';
import { onInstallFailure } from './support/n8n-harness.mjs';

describe('onInstallFailure', () => {
  it('fails in CI, so a run without n8n cannot pass there', () => {
    expect(onInstallFailure({ CI: 'true' })).toBe('fail');
    expect(onInstallFailure({ CI: 'TRUE' })).toBe('fail');
    expect(onInstallFailure({ CI: '1' })).toBe('fail');
  });

  it('skips (loudly) on a developer machine', () => {
    expect(onInstallFailure({})).toBe('skip');
    expect(onInstallFailure({ CI: 'false' })).toBe('skip');
    expect(onInstallFailure({ CI: '' })).toBe('skip');
  });
});
