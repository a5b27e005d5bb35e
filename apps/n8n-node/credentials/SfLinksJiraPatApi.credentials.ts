import type {
  IAuthenticateGeneric,
  ICredentialTestRequest,
  ICredentialType,
  INodeProperties,
} from 'n8n-workflow';
import { jiraConnectionFields, jiraCredentialTest } from './jira-credential-fields';

/** Jira Data Center with a Personal Access Token, sent as `Authorization: Bearer`. */
export class SfLinksJiraPatApi implements ICredentialType {
  name = 'sfLinksJiraPatApi';

  displayName = 'SF Links: Jira DC Personal Access Token API';

  documentationUrl =
    'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html';

  icon = { light: 'file:sf-links-jira.svg', dark: 'file:sf-links-jira.dark.svg' } as const;

  properties: INodeProperties[] = [
    ...jiraConnectionFields,
    {
      displayName: 'Personal Access Token',
      name: 'accessToken',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      required: true,
      description: 'Created in Jira under your avatar → Profile → Personal Access Tokens',
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken.trim()}}' } },
  };

  test: ICredentialTestRequest = jiraCredentialTest({
    rejectedToken:
      'Jira rejected the Personal Access Token (HTTP 401): it is wrong, expired or revoked. Create a new one in Jira under Profile → Personal Access Tokens.',
    thenCheck: 'check the Personal Access Token.',
  });
}
