import { SfLinksError } from './sf-links-error.js';

/** Why a request got no HTTP answer. */
export type ConnectionFailureReason = 'timeout' | 'reset' | 'refused' | 'dns' | 'tls' | 'proxy' | 'other';

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
    this.reason = options.reason;
  }
}
