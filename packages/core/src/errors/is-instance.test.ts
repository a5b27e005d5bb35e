import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import { ConfigError } from './config-error.js';
import { ConnectionError } from './connection-error.js';
import { InvalidInputError } from './invalid-input-error.js';
import { InvalidResponseError } from './invalid-response-error.js';
import { SfLinksError } from './sf-links-error.js';

function samples() {
  return {
    ApiError: new ApiError({ code: 'FORBIDDEN', status: 403, detail: 'no' }),
    ConfigError: new ConfigError([{ variable: 'JIRA_PAT', message: 'is required' }]),
    ConnectionError: new ConnectionError({ reason: 'reset', detail: 'reset' }),
    InvalidInputError: new InvalidInputError('bad', 'fix it'),
    InvalidResponseError: new InvalidResponseError({ status: 200, detail: 'not JSON' }),
  };
}
const classes = { ApiError, ConfigError, ConnectionError, InvalidInputError, InvalidResponseError };
type Name = keyof typeof classes;
const names = Object.keys(classes) as Name[];

describe('isInstance', () => {
  // Regression: the subclasses inherited the base's isInstance, so ApiError.isInstance(new ConfigError())
  // was true and a caller branching on the class took the wrong branch.
  it.each(names)('%s.isInstance is true for its own errors only', (name) => {
    const errors = samples();
    for (const other of names) {
      expect(classes[name].isInstance(errors[other]), `${name}.isInstance(${other})`).toBe(name === other);
    }
  });

  it('SfLinksError.isInstance is true for every sf-links error and nothing else', () => {
    for (const error of Object.values(samples())) expect(SfLinksError.isInstance(error)).toBe(true);
    expect(SfLinksError.isInstance(new SfLinksError({ code: 'INTERNAL', detail: 'x' }))).toBe(true);
    expect(ApiError.isInstance(new SfLinksError({ code: 'INTERNAL', detail: 'x' }))).toBe(false);
    for (const value of [new Error('x'), { code: 'CONFIG' }, null, undefined, 'ApiError', 42]) {
      expect(SfLinksError.isInstance(value)).toBe(false);
      for (const name of names) expect(classes[name].isInstance(value)).toBe(false);
    }
  });

  it('recognises errors built by another copy of core (as when bundled), where instanceof does not', async () => {
    vi.resetModules();
    const copy = {
      ApiError: (await import('./api-error.js')).ApiError,
      ConfigError: (await import('./config-error.js')).ConfigError,
      ConnectionError: (await import('./connection-error.js')).ConnectionError,
      InvalidInputError: (await import('./invalid-input-error.js')).InvalidInputError,
      InvalidResponseError: (await import('./invalid-response-error.js')).InvalidResponseError,
      SfLinksError: (await import('./sf-links-error.js')).SfLinksError,
    };
    // A real second copy: its classes are not ours.
    expect(copy.ApiError).not.toBe(ApiError);
    const errors = samples();
    expect(errors.ApiError instanceof copy.ApiError).toBe(false);
    for (const name of names) {
      for (const other of names) {
        expect(copy[name].isInstance(errors[other]), `copy ${name}.isInstance(${other})`).toBe(
          name === other,
        );
      }
      expect(copy.SfLinksError.isInstance(errors[name])).toBe(true);
    }
    const fromCopy = new copy.ConfigError([{ variable: 'JIRA_PAT', message: 'x' }]);
    expect(ConfigError.isInstance(fromCopy)).toBe(true);
    expect(ApiError.isInstance(fromCopy)).toBe(false);
  });
});
