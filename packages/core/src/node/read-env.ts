import { type ConfigInput, configVariables } from '../config/config-input.js';

/** Settings the Node transport takes from the environment besides the config itself. */
export interface NodeEnvironment {
  config: ConfigInput;
  proxy: { httpProxy?: string; httpsProxy?: string; noProxy?: string };
  /** NODE_EXTRA_CA_CERTS, kept when JIRA_CA_FILE replaces the default trust store. */
  nodeExtraCaCerts: string | undefined;
}

function pick(env: NodeJS.ProcessEnv, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** The only place that reads environment variables (contract §1). */
export function readEnv(env: NodeJS.ProcessEnv = process.env): NodeEnvironment {
  const config: ConfigInput = {};
  for (const [option, variable] of Object.entries(configVariables)) {
    const value = env[variable];
    if (value !== undefined) (config as Record<string, string>)[option] = value;
  }
  return {
    config,
    proxy: {
      httpProxy: pick(env, 'HTTP_PROXY', 'http_proxy'),
      httpsProxy: pick(env, 'HTTPS_PROXY', 'https_proxy'),
      noProxy: pick(env, 'NO_PROXY', 'no_proxy'),
    },
    nodeExtraCaCerts: pick(env, 'NODE_EXTRA_CA_CERTS'),
  };
}
