import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  // Pasted links must arrive as <url|label> (unwrapped by the parser), not as escaped user/channel ids.
  expect(command.should_escape).toBe(false);

  // Least privilege: the command scope only, no user scopes, no events, no interactivity.
  expect(manifest.oauth_config).toEqual({ scopes: { bot: ['commands'] } });
  expect(manifest.settings?.event_subscriptions).toBeUndefined();
  expect(manifest.settings?.interactivity).toBeUndefined();
  expect(manifest.settings?.org_deploy_enabled).toBe(false);
  return command;
}

describe('app manifests', () => {
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
