import { describe, expect, it } from 'vitest';
import { allowedHostnames, isAllowedHost, isAllowedOrigin } from './is-allowed-host.js';

describe('DNS-rebinding checks', () => {
  const loopback = allowedHostnames('127.0.0.1', []);

  it('accepts loopback names on any port, refuses other names', () => {
    for (const host of ['127.0.0.1:3000', 'localhost:8080', 'LOCALHOST', '[::1]:3000']) {
      expect(isAllowedHost(host, loopback)).toBe(true);
    }
    for (const host of [
      undefined,
      '',
      'evil.example',
      'evil.example:3000',
      '127.0.0.1.evil.example',
      'a b',
    ]) {
      expect(isAllowedHost(host, loopback)).toBe(false);
    }
  });

  it('adds the bound host (unless a wildcard) and the extra names', () => {
    const names = allowedHostnames('0.0.0.0', ['mcp.example.com', '::1']);
    expect([...names].sort()).toEqual(['127.0.0.1', '[::1]', 'localhost', 'mcp.example.com']);
    expect(allowedHostnames('10.0.0.5', []).has('10.0.0.5')).toBe(true);
  });

  it('accepts no Origin (not a browser) or an allowed one', () => {
    expect(isAllowedOrigin(undefined, loopback)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', loopback)).toBe(true);
    for (const origin of ['null', 'http://evil.example', 'file://localhost', 'not a url']) {
      expect(isAllowedOrigin(origin, loopback)).toBe(false);
    }
  });
});
