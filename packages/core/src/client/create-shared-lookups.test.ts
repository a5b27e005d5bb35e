import { describe, expect, it } from 'vitest';
import { createSharedLookups } from './create-shared-lookups.js';

function counter() {
  let calls = 0;
  return {
    load: async () => {
      calls += 1;
      const call = calls;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return call;
    },
    calls: () => calls,
  };
}

describe('createSharedLookups', () => {
  it('shares a lookup in flight, then forgets it when no TTL is set', async () => {
    const lookups = createSharedLookups<number>();
    const { load, calls } = counter();
    expect(
      await Promise.all([lookups.get('A', load), lookups.get('A', load), lookups.get('B', load)]),
    ).toEqual([1, 1, 2]);
    expect(await lookups.get('A', load)).toBe(3);
    expect(calls()).toBe(3);
  });

  it('reuses an answer for the TTL, and clear() forgets it', async () => {
    let time = 0;
    const lookups = createSharedLookups<number>({ ttlMs: 1000, now: () => time });
    const { load } = counter();
    expect(await lookups.get('A', load)).toBe(1);
    time = 999;
    expect(await lookups.get('A', load)).toBe(1);
    time = 1001;
    expect(await lookups.get('A', load)).toBe(2);
    lookups.clear();
    expect(await lookups.get('A', load)).toBe(3);
  });

  it('never caches a failure', async () => {
    const lookups = createSharedLookups<number>({ ttlMs: 60_000 });
    await expect(lookups.get('A', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await lookups.get('A', async () => 7)).toBe(7);
  });
});

describe('createSharedLookups copies', () => {
  const copying = (ttlMs?: number) =>
    createSharedLookups<{ n: number }>({ ttlMs, copy: (value) => ({ ...value }) });

  it('a caller alone gets the answer as is; callers sharing one each get their own copy', async () => {
    const answer = { n: 1 };
    const alone = copying();
    expect(await alone.get('A', async () => answer)).toBe(answer);
    const shared = copying();
    const [first, second] = await Promise.all([
      shared.get('A', async () => answer),
      shared.get('A', async () => answer),
    ]);
    expect(first).toEqual(answer);
    expect(first).not.toBe(answer);
    expect(second).not.toBe(answer);
    expect(second).not.toBe(first);
  });

  it('with a TTL even the first caller gets a copy, so the cached answer stays intact', async () => {
    const answer = { n: 1 };
    const cached = copying(60_000);
    const first = await cached.get('A', async () => answer);
    first.n = 99;
    expect(await cached.get('A', async () => ({ n: 2 }))).toEqual({ n: 1 });
  });
});
