import { describe, expect, it } from 'vitest';
import type { HttpRequest, HttpResponse, Transport } from '../http/http-types.js';
import { guardBasicLogin } from './guard-basic-login.js';

// A transport standing in for the network that answers when the test says so, to watch ordering.
function heldTransport(answer: HttpResponse) {
  let inFlight = 0;
  let mostInFlight = 0;
  const pending: Array<() => void> = [];
  const transport: Transport = () =>
    new Promise((resolve) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      pending.push(() => {
        inFlight -= 1;
        resolve(answer);
      });
    });
  const releaseAll = async () => {
    while (pending.length > 0) {
      pending.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { transport, releaseAll, sent: () => pending.length, mostInFlight: () => mostInFlight };
}
const request: HttpRequest = { method: 'GET', url: 'https://j.example.com/x', headers: {}, idempotent: true };
const ok: HttpResponse = { status: 200, headers: { 'x-seraph-loginreason': 'OK' }, body: '[]' };

describe('guardBasicLogin', () => {
  it('sends one request until the password is accepted, then the rest together', async () => {
    const network = heldTransport(ok);
    const guarded = guardBasicLogin(network.transport);
    const answers = Promise.all(Array.from({ length: 5 }, () => guarded(request)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(network.sent()).toBe(1);
    network.releaseAll();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // After the first answer, the four waiting requests went out at once.
    expect(network.mostInFlight()).toBe(4);
    await network.releaseAll();
    expect((await answers).map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
  });
});
