import { hasBrand, SfLinksError, setBrand } from './sf-links-error.js';

/** Why a request got no HTTP answer. */
export type ConnectionFailureReason = 'timeout' | 'reset' | 'refused' | 'dns' | 'tls' | 'proxy' | 'other';

const brand = Symbol.for('sf-links.error.ConnectionError');

/** No HTTP answer: timeout, reset, refused, DNS, TLS or proxy failure. */
export class ConnectionError extends SfLinksError {
  readonly reason: ConnectionFailureReason;

  constructor(options: {
    reason: ConnectionFailureReason;
    detail: string;
    hint?: string;
    host?: string;
    issue?: string;
    cause?: unknown;
  }) {
    super({ ...options, code: options.reason === 'timeout' ? 'TIMEOUT' : 'UPSTREAM_UNAVAILABLE' });
    this.name = 'ConnectionError';
    setBrand(this, brand);
    this.reason = options.reason;
  }

  /** True only for a ConnectionError (from any bundled copy of core), not for other sf-links errors. */
  static override isInstance(value: unknown): value is ConnectionError {
    return hasBrand(value, brand);
  }
}
