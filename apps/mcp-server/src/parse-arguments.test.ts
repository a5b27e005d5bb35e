import { describe, expect, it } from 'vitest';
import { parseArguments, UsageError } from './parse-arguments.js';

describe('parseArguments', () => {
  it('serves stdio by default and HTTP on 127.0.0.1:3000 with --http', () => {
    expect(parseArguments([])).toEqual({ mode: 'stdio' });
    expect(parseArguments(['--http'])).toEqual({
      mode: 'http',
      host: '127.0.0.1',
      port: 3000,
      allowedHosts: [],
    });
    expect(
      parseArguments([
        '--http',
        '--host',
        '0.0.0.0',
        '--port',
        '0',
        '--allowed-host',
        'MCP.example.com,b',
        '--allowed-host',
        'c:8443,::1',
      ]),
    ).toEqual({
      mode: 'http',
      host: '0.0.0.0',
      port: 0,
      allowedHosts: ['mcp.example.com', 'b', 'c', '[::1]'],
    });
  });

  it('recognises --help, --version and --doctor', () => {
    expect(parseArguments(['--help'])).toEqual({ mode: 'help' });
    expect(parseArguments(['-v'])).toEqual({ mode: 'version' });
    expect(parseArguments(['--doctor'])).toEqual({ mode: 'doctor' });
  });

  it('refuses what it cannot run, saying what to do', () => {
    expect(() => parseArguments(['--bogus'])).toThrow(
      new UsageError("Unknown option '--bogus'. Run sf-links-mcp --help."),
    );
    expect(() => parseArguments(['SUP-42'])).toThrow(UsageError);
    expect(() => parseArguments(['--port', '80'])).toThrow('--port only applies with --http.');
    expect(() => parseArguments(['--http', '--port', '70000'])).toThrow(
      '--port must be a whole number from 0 to 65535 (got "70000").',
    );
    expect(() => parseArguments(['--http', '--allowed-host', 'a b'])).toThrow(
      '--allowed-host "a b" is not a hostname; give a name, name:port, an IPv4 address or [IPv6].',
    );
  });
});
