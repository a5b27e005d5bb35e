import type { IncomingMessage } from 'node:http';

/** Largest body the fake reads (10 MiB); larger ones get 413. */
export const maximumBodyBytes = 10 * 1024 * 1024;

/** Reads a request body as UTF-8, or `undefined` when it is larger than the maximum. */
export function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maximumBodyBytes) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
