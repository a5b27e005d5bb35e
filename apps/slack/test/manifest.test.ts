import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

// The fields and limits of Slack's app manifest schema (as @slack/web-api's Manifest type documents them).
interface SlashCommand {
  command: string;
  description: string;
  url?: string;
  usage_hint?: string;
  should_escape?: boolean;
}

// Slack's manifest fields, as @slack/web-api's Manifest type declares them. Each allow-list is checked
// against the type (`satisfies Record<keyof …, true>`): a field added to or dropped from the type
// fails typecheck here, and a key in the YAML that is not listed (a typo such as usage_hints) fails the test.
type Manifest = webApi.AppsManifestCreateArguments['manifest'];
type Features = NonNullable<Manifest['features']>;
type Settings = NonNullable<Manifest['settings']>;
type OAuthConfig = NonNullable<Manifest['oauth_config']>;
const allowed = {
  // Top level: Manifest also extends Record<string, unknown>, so its keys cannot be checked by type.
  '': {
    _metadata: true,
    display_information: true,
    features: true,
    oauth_config: true,
    settings: true,
    functions: true,
  },
  _metadata: { major_version: true, minor_version: true } satisfies Record<
    keyof NonNullable<Manifest['_metadata']>,
    true
  >,
  display_information: {
    name: true,
    description: true,
    long_description: true,
    background_color: true,
  } satisfies Record<keyof Manifest['display_information'], true>,
  features: {
    agent_view: true,
    app_home: true,
    assistant_view: true,
    bot_user: true,
    shortcuts: true,
    slash_commands: true,
    unfurl_domains: true,
  } satisfies Record<keyof Features, true>,
  'features.bot_user': { display_name: true, always_online: true } satisfies Record<
    keyof NonNullable<Features['bot_user']>,
    true
  >,
  'features.slash_commands[]': {
    command: true,
    description: true,
    should_escape: true,
    url: true,
    usage_hint: true,
  } satisfies Record<keyof NonNullable<Features['slash_commands']>[number], true>,
  oauth_config: { redirect_urls: true, scopes: true, token_management_enabled: true } satisfies Record<
    keyof OAuthConfig,
    true
  >,
  'oauth_config.scopes': { bot: true, user: true, bot_optional: true, user_optional: true } satisfies Record<
    keyof NonNullable<OAuthConfig['scopes']>,
    true
  >,
  settings: {
    allowed_ip_address_ranges: true,
    event_subscriptions: true,
    incoming_webhooks: true,
    interactivity: true,
    org_deploy_enabled: true,
    socket_mode_enabled: true,
    token_rotation_enabled: true,
    function_runtime: true,
  } satisfies Record<keyof Settings, true>,
} as const;

/** Every key path of `value` that Slack's manifest schema does not know, e.g. `features.slash_commands[0].usage_hints`. */
function unknownKeys(value: unknown, at = '', shape = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => unknownKeys(item, `${at}[${index}]`, `${shape}[]`));
  if (typeof value !== 'object' || value === null) return [];
  const known = (allowed as Record<string, Record<string, true>>)[shape];
  if (!known) return []; // a structure this app does not use (functions, event subscriptions…)
  return Object.entries(value).flatMap(([key, child]) => {
    const path = at ? `${at}.${key}` : key;
    if (!(key in known)) return [path];
    return unknownKeys(child, path, shape ? `${shape}.${key}` : key);
  });
}

function load(file: string) {
  return parse(readFileSync(join(appRoot, file), 'utf8')) as Record<string, Record<string, unknown>>;
}

function checkCommon(manifest: Record<string, Record<string, unknown>>): SlashCommand {
  const display = manifest.display_information as {
    name: string;
    description: string;
    long_description: string;
  };
  expect(display.name.length).toBeGreaterThan(0);
  expect(display.name.length).toBeLessThanOrEqual(35);
  expect(display.description.length).toBeLessThanOrEqual(140);
  // Slack's manifest reference: a long description is 174 to 4,000 characters, or App Settings rejects it.
  expect(display.long_description.length).toBeGreaterThanOrEqual(174);
  expect(display.long_description.length).toBeLessThanOrEqual(4000);
  expect(manifest.display_information?.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  const features = manifest.features as {
    slash_commands: SlashCommand[];
    bot_user: { display_name: string };
  };
  expect(features.bot_user.display_name.length).toBeLessThanOrEqual(80);
  expect(features.slash_commands).toHaveLength(1);
  const [command] = features.slash_commands;
  if (!command) throw new Error('no slash command');
  expect(command.command).toBe('/sf-links');
  expect(command.command.length).toBeLessThanOrEqual(32);
  expect(command.description.length).toBeLessThanOrEqual(2000);
  expect(command.usage_hint).toBeTruthy();
  expect(command.usage_hint?.length).toBeLessThanOrEqual(1000);
  // Slack's default: mentions, channels and links arrive as typed (the parser also takes <url|label>).
  expect(command.should_escape).toBe(false);

  // Least privilege: the command scope only, no user scopes, no events, no interactivity.
  expect(manifest.oauth_config).toEqual({ scopes: { bot: ['commands'] } });
  expect(manifest.settings?.event_subscriptions).toBeUndefined();
  expect(manifest.settings?.interactivity).toBeUndefined();
  expect(manifest.settings?.org_deploy_enabled).toBe(false);
  return command;
}

describe('app manifests', () => {
  it("use only Slack's manifest fields (a typo such as usage_hints fails)", () => {
    for (const file of ['manifest.yml', 'manifest.socket-mode.yml'])
      expect(unknownKeys(load(file)), file).toEqual([]);
    expect(
      unknownKeys({
        display_information: { name: 'x', colour: '#fff' },
        features: { slash_commands: [{ command: '/x', description: 'x', usage_hints: 'x' }] },
        setting: {},
      }),
    ).toEqual(['display_information.colour', 'features.slash_commands[0].usage_hints', 'setting']);
  });

  it('HTTP mode: the command posts to the receiver over HTTPS', () => {
    const manifest = load('manifest.yml');
    const command = checkCommon(manifest);
    expect(new URL(command.url ?? '').protocol).toBe('https:');
    expect(new URL(command.url ?? '').pathname).toBe('/slack/events');
    expect(manifest.settings?.socket_mode_enabled).toBe(false);
  });

  it('Socket Mode: no request URL, socket mode on', () => {
    const manifest = load('manifest.socket-mode.yml');
    const command = checkCommon(manifest);
    expect(command.url).toBeUndefined();
    expect(manifest.settings?.socket_mode_enabled).toBe(true);
  });

  it('both describe the same app apart from the mode', () => {
    const http = load('manifest.yml');
    const socket = load('manifest.socket-mode.yml');
    expect(socket.display_information).toEqual(http.display_information);
    expect(socket.oauth_config).toEqual(http.oauth_config);
  });
});
