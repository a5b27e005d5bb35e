import type {
  IAuthenticateRuleResponseSuccessBody,
  ICredentialTestRequest,
  INodeProperties,
} from 'n8n-workflow';

/** Fields both credential types share: where Jira is, and how strictly to protect the connection. */
export const jiraConnectionFields: INodeProperties[] = [
  {
    displayName: 'Base URL',
    name: 'baseUrl',
    type: 'string',
    default: '',
    required: true,
    placeholder: 'https://jira.example.com',
    description:
      'Address of Jira Data Center, with its context path if it has one (e.g. https://example.com/jira)',
  },
  {
    displayName: 'Ignore SSL Issues (Insecure)',
    name: 'ignoreSslIssues',
    type: 'boolean',
    default: false,
    description:
      'Whether to connect even when Jira presents a certificate that cannot be verified (self-signed, private CA)',
  },
  {
    displayName: 'Allow Unencrypted HTTP (Insecure)',
    name: 'allowInsecureHttp',
    type: 'boolean',
    default: false,
    description:
      'Whether to allow an http:// Base URL on another machine: the token or password would cross the network unencrypted',
  },
];

function failsWhen(key: string, value: unknown, message: string): IAuthenticateRuleResponseSuccessBody {
  return { type: 'responseSuccessBody', properties: { key, value, message } };
}

/** What the credential test says when Jira did not answer as a user: the Base URL first, then the secret. */
const notLoggedIn =
  'Jira did not answer as a logged-in user. Check the Base URL: it must reach Jira itself (not a login gateway), with its context path if it has one (e.g. https://example.com/jira);';

/**
 * The credential test: `GET /rest/api/2/myself`, which answers only an authenticated user, with
 * JSON. Every answer is handed to the rules (`ignoreHttpStatusErrors`): n8n's status rules never see
 * the status of a failed request in n8n 1.123 and 2.8 (the wrapped error loses its cause), so it
 * would only say "Authorization failed". The rules can read only the body, first match wins:
 * - `rejectedToken`: Jira's JSON refusal `{"status-code":401}`, which only a bad PAT gets
 *   (behaviour 5). A wrong Basic password, the CAPTCHA lock and disabled Basic logins are answered
 *   with HTML pages (behaviours 6, 7): no body rule can tell them apart, so Basic has none of its own.
 * - then anything without a user `name` — an HTML login page (a string there, even with HTTP 200),
 *   a redirect, a 404 page of a wrong Base URL, or one of those Basic refusals.
 */
export function jiraCredentialTest(options: {
  rejectedToken?: string;
  thenCheck: string;
}): ICredentialTestRequest {
  return {
    request: {
      baseURL: '={{ $credentials.baseUrl.trim().replace(/\\/+$/, "") }}',
      url: '/rest/api/2/myself',
      method: 'GET',
      headers: { Accept: 'application/json', 'X-Atlassian-Token': 'no-check' },
      skipSslCertificateValidation: '={{ $credentials.ignoreSslIssues }}',
      ignoreHttpStatusErrors: true,
      // A redirect means a login gateway: judge it instead of following it to the gateway's page.
      disableFollowRedirect: true,
    },
    rules: [
      ...(options.rejectedToken === undefined ? [] : [failsWhen('status-code', 401, options.rejectedToken)]),
      failsWhen('name', undefined, `${notLoggedIn} then ${options.thenCheck}`),
    ],
  };
}
