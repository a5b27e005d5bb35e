import { describe, expect, it } from 'vitest';
import { allowedHostnames, isAllowedHost, isAllowedOrigin, normaliseHostname } from './is-allowed-host.js';

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
    expect([...allowedHostnames('::', [])].sort()).toEqual(['127.0.0.1', '[::1]', 'localhost']);
    expect(allowedHostnames('fd00::5', []).has('[fd00::5]')).toBe(true);
  });

  it('matches an --allowed-host given as name:port (regression: it was bracketed as IPv6)', () => {
    const names = allowedHostnames('127.0.0.1', ['mcp.example.com:8443', '10.1.2.3:3000']);
    expect(names.has('mcp.example.com')).toBe(true);
    expect(names.has('[mcp.example.com:8443]')).toBe(false);
    expect(isAllowedHost('mcp.example.com:8443', names)).toBe(true);
    expect(isAllowedHost('mcp.example.com', names)).toBe(true);
    expect(isAllowedHost('10.1.2.3:3000', names)).toBe(true);
    expect(isAllowedOrigin('https://mcp.example.com:8443', names)).toBe(true);
    expect(isAllowedHost('other.example.com:8443', names)).toBe(false);
  });

  it('normalises names, host:port and IPv6 (bare or bracketed, with a port) to a Host-header hostname', () => {
    expect(normaliseHostname('MCP.Example.com')).toBe('mcp.example.com');
    expect(normaliseHostname(' mcp.example.com:8080 ')).toBe('mcp.example.com');
    expect(normaliseHostname('10.0.0.5:3000')).toBe('10.0.0.5');
    expect(normaliseHostname('::1')).toBe('[::1]');
    expect(normaliseHostname('FE80::1')).toBe('[fe80::1]');
    expect(normaliseHostname('[::1]')).toBe('[::1]');
    expect(normaliseHostname('[fd00::5]:3000')).toBe('[fd00::5]');
    for (const bad of ['', ' ', 'a b', 'http://x', 'x/y', 'user@x', 'name:port', '[::1']) {
      expect(normaliseHostname(bad)).toBeUndefined();
    }
    const names = allowedHostnames('127.0.0.1', ['[fd00::5]:3000']);
    expect(isAllowedHost('[fd00::5]:3000', names)).toBe(true);
    expect(isAllowedOrigin('http://[fd00::5]:3000', names)).toBe(true);
  });

  it('accepts no Origin (not a browser) or an allowed one', () => {
    expect(isAllowedOrigin(undefined, loopback)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', loopback)).toBe(true);
    for (const origin of ['null', 'http://evil.example', 'file://localhost', 'not a url']) {
      expect(isAllowedOrigin(origin, loopback)).toBe(false);
    }
  });
});
