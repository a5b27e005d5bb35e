import { fileURLToPath } from 'node:url';

/** The built bin, as npm installs it. */
export const binPath = fileURLToPath(new URL('../../dist/bin/sf-links-mcp.js', import.meta.url));
