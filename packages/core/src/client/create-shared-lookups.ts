export interface SharedLookupsOptions {
  /** How long an answer is reused; 0 (the default) shares only requests still in flight. */
  ttlMs?: number;
  now?: () => number;
}

export interface SharedLookups<Value> {
  /** The value for `key`: an answer in flight or still fresh, else a new call of `load`. */
  get(key: string, load: () => Promise<Value>): Promise<Value>;
  /** Forgets every answer (after a write, any cached key may be stale). */
  clear(): void;
}

/**
 * De-duplicates concurrent lookups of the same key (a burst of Slack commands for one issue makes
 * one request), and, when a TTL is set, reuses answers for that long. Failures are never cached.
 */
export function createSharedLookups<Value>(options: SharedLookupsOptions = {}): SharedLookups<Value> {
  const ttlMs = options.ttlMs ?? 0;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { promise: Promise<Value>; expiresAt: number }>();

  return {
    get(key, load) {
      const entry = entries.get(key);
      if (entry && entry.expiresAt > now()) return entry.promise;
      const promise = load();
      const fresh = { promise, expiresAt: Number.POSITIVE_INFINITY };
      entries.set(key, fresh);
      promise.then(
        () => {
          if (entries.get(key) !== fresh) return;
          if (ttlMs > 0) fresh.expiresAt = now() + ttlMs;
          else entries.delete(key);
        },
        () => {
          if (entries.get(key) === fresh) entries.delete(key);
        },
      );
      return promise;
    },
    clear() {
      entries.clear();
    },
  };
}
