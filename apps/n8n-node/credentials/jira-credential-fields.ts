import type {
  IAuthenticateRuleResponseCode,
  IAuthenticateRuleResponseSuccessBody,
  ICredentialTestRequest,
  INodeProperties,
} from 'n8n-workflow';

/** Fields both credential types share: where Jira is and whether to check its certificate. */
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
];

const redirectStatuses = [301, 302, 303, 307, 308];

/**
 * The credential test: `GET /rest/api/2/myself`, which answers only an authenticated user with JSON.
 * n8n fails the test on the status rules (checked when the request fails) and on the body rule
 * (checked after a 2xx): the body rule fails when the answer has no user `name` — a login page or a
 * portal served with HTTP 200 is a string there, so it fails too. n8n's types declare `rules` as an
 * array of one kind, but its credentials tester reads both kinds from one array.
 */
export function jiraCredentialTest(unauthorizedMessage: string): ICredentialTestRequest {
  const statusRules: IAuthenticateRuleResponseCode[] = [
    { type: 'responseCode', properties: { value: 401, message: unauthorizedMessage } },
    {
      type: 'responseCode',
      properties: {
        value: 403,
        message:
          'Jira refused these credentials (HTTP 403). After failed password logins Jira asks for a CAPTCHA: log in once in a browser, or use a Personal Access Token.',
      },
    },
    {
      type: 'responseCode',
      properties: {
        value: 404,
        message:
          "Jira's REST API was not found at this Base URL (HTTP 404). Check the Base URL, including Jira's context path if it has one (e.g. https://example.com/jira).",
      },
    },
    ...redirectStatuses.map(
      (value): IAuthenticateRuleResponseCode => ({
        type: 'responseCode',
        properties: {
          value,
          message: `The Base URL redirected to a login page (HTTP ${value}), probably a single sign-on gateway. Use the address that reaches Jira itself.`,
        },
      }),
    ),
  ];
  const bodyRules: IAuthenticateRuleResponseSuccessBody[] = [
    {
      type: 'responseSuccessBody',
      properties: {
        key: 'name',
        value: undefined,
        message:
          'The Base URL answered, but not as Jira with a logged-in user (a login page or another site?). Use the address that reaches Jira itself.',
      },
    },
  ];
  return {
    request: {
      baseURL: '={{ $credentials.baseUrl.trim().replace(/\\/+$/, "") }}',
      url: '/rest/api/2/myself',
      method: 'GET',
      headers: { Accept: 'application/json', 'X-Atlassian-Token': 'no-check' },
      skipSslCertificateValidation: '={{ $credentials.ignoreSslIssues }}',
      // A redirect means a login gateway: report it instead of following it to the gateway's page.
      disableFollowRedirect: true,
    },
    rules: [...statusRules, ...bodyRules] as ICredentialTestRequest['rules'],
  };
}
