import type { HttpResponse, Transport } from '../http/http-types.js';

function isLoginRejection(response: HttpResponse): boolean {
  if (response.status === 401) {
    // An authenticated user refused (unlicensed add-on) is not a password problem.
    const user = response.headers['x-ausername'];
    return user === undefined || user === 'anonymous';
  }
  return response.status === 403 && /CAPTCHA/i.test(response.headers['x-authentication-denied-reason'] ?? '');
}

function isLoginAcceptance(response: HttpResponse): boolean {
  return (
    response.status >= 200 &&
    response.status < 500 &&
    response.status !== 429 &&
    !(response.status >= 300 && response.status < 400)
  );
}

/**
 * Jira counts every rejected password towards a CAPTCHA lock (3 by default), so a batch sending a
 * wrong password to many issues at once would lock the account by itself. Until Jira has accepted
 * the password, requests go one at a time; once it has rejected it, later requests get that same
 * answer without being sent, for the life of the client (fix the password, then restart).
 */
export function guardBasicLogin(transport: Transport): Transport {
  let accepted = false;
  let rejection: HttpResponse | undefined;
  let previous: Promise<unknown> = Promise.resolve();

  return (request, signal) => {
    if (accepted) return transport(request, signal);
    // Wait for the requests before this one; only the first to learn the answer holds the line.
    const turn = previous.then(async (): Promise<HttpResponse | undefined> => {
      if (rejection) return rejection;
      if (accepted) return undefined;
      const response = await transport(request, signal);
      if (isLoginRejection(response)) rejection = response;
      else if (isLoginAcceptance(response)) accepted = true;
      return response;
    });
    previous = turn.catch(() => undefined);
    return turn.then((response) => response ?? transport(request, signal));
  };
}
