import type {
  IAuthenticateGeneric,
  ICredentialTestRequest,
  ICredentialType,
  INodeProperties,
} from 'n8n-workflow';
import { jiraConnectionFields, jiraCredentialTest } from './jira-credential-fields';

/** Jira Data Center with a username and password, sent as HTTP Basic. */
export class SfLinksJiraBasicApi implements ICredentialType {
  name = 'sfLinksJiraBasicApi';

  displayName = 'SF Links: Jira DC Username & Password API';

  documentationUrl = 'https://developer.atlassian.com/server/jira/platform/basic-authentication/';

  icon = { light: 'file:sf-links-jira.svg', dark: 'file:sf-links-jira.dark.svg' } as const;

  properties: INodeProperties[] = [
    ...jiraConnectionFields,
    { displayName: 'Username', name: 'username', type: 'string', default: '', required: true },
    {
      displayName: 'Password',
      name: 'password',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      required: true,
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: { auth: { username: '={{$credentials.username}}', password: '={{$credentials.password}}' } },
  };

  test: ICredentialTestRequest = jiraCredentialTest({
    thenCheck:
      'check the username and password. Jira answers a wrong password, its CAPTCHA after 3 failed logins (log in once in a browser to clear it) and password logins disabled by its admin all alike, so a Personal Access Token is the surer choice.',
  });
}
