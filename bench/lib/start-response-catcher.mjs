// Stands in for Slack's response_url: records every POST body, keyed by path.
import { createServer } from 'node:http';

export async function startResponseCatcher() {
  const replies = new Map();
  let next = 0;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      replies.set(request.url, { body, receivedAt: performance.now() });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    nextResponseUrl: () => {
      next += 1;
      return `http://127.0.0.1:${port}/commands/${next}`;
    },
    replyTo: (url) => replies.get(new URL(url).pathname),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
