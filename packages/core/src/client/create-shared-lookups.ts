export interface SharedLookupsOptions<Value> {
  /** How long an answer is reused; 0 (the default) shares only requests still in flight. */
  ttlMs?: number;
  now?: () => number;
  /**
   * Gives a caller its own copy of an answer others also hold, so no caller can change what another
   * sees. A caller that alone made and holds the answer gets it as is. Default: no copy.
   */
  copy?: (value: Value) => Value;
}

export interface SharedLookups<Value> {
  /** The value for `key`: an answer in flight or still fresh, else a new call of `load`. */
  get(key: string, load: () => Promise<Value>): Promise<Value>;
  /** Forgets every answer (after a write, any cached key may be stale). */
  clear(): void;
}

interface Entry<Value> {
  promise: Promise<Value>;
  expiresAt: number;
  /** Callers that joined the one who started the lookup. */
  joiners: number;
}

/**
 * De-duplicates concurrent lookups of the same key (a burst of Slack commands for one issue makes
 * one request), and, when a TTL is set, reuses answers for that long. Failures are never cached.
 */
export function createSharedLookups<Value>(options: SharedLookupsOptions<Value> = {}): SharedLookups<Value> {
  const ttlMs = options.ttlMs ?? 0;
  const now = options.now ?? Date.now;
  const copy = options.copy;
  const entries = new Map<string, Entry<Value>>();

  return {
    get(key, load) {
      const entry = entries.get(key);
      if (entry && entry.expiresAt > now()) {
        entry.joiners += 1;
        return copy ? entry.promise.then(copy) : entry.promise;
      }
      const promise = load();
      const fresh: Entry<Value> = { promise, expiresAt: Number.POSITIVE_INFINITY, joiners: 0 };
      entries.set(key, fresh);
      // One step settles the entry and answers the caller who started the lookup; it runs before any
      // joiner's handler (registered later), so `joiners` is final by then.
      return promise.then(
        (value) => {
          if (entries.get(key) === fresh) {
            if (ttlMs > 0) fresh.expiresAt = now() + ttlMs;
            else entries.delete(key);
          }
          return copy && (fresh.joiners > 0 || ttlMs > 0) ? copy(value) : value;
        },
        (error: unknown) => {
          if (entries.get(key) === fresh) entries.delete(key);
          throw error;
        },
      );
    },
    clear() {
      entries.clear();
    },
  };
}
