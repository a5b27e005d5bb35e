import { type FakeJira, startFakeJira } from '@sf-links/fake-jira';
import { createTestCertificates } from '@sf-links/fake-jira/testing';
import { type IDataObject, NodeApiError, NodeOperationError } from 'n8n-workflow';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createExecuteFunctions,
  type ExecuteFunctionsOptions,
  type ParameterValue,
} from '../../test/support/create-execute-functions';
import { SfLinks } from './SfLinks.node';

let fake: FakeJira;
const node = new SfLinks();

beforeAll(async () => {
  // A context path, so every test also proves it is kept in the request URLs.
  fake = await startFakeJira({ port: 0, contextPath: '/jira' });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.useScenario('default');
  fake.resetCaptcha();
  fake.seedIssue({ id: '11818', key: 'SUP-44', associations: [] });
});

function patCredentials(token = fake.pat) {
  return { sfLinksJiraPatApi: { baseUrl: fake.baseUrl, accessToken: token, ignoreSslIssues: false } };
}

function run(
  items: IDataObject[],
  parameters: Record<string, ParameterValue>,
  extra: {
    continueOnFail?: boolean;
    onError?: 'continueErrorOutput';
    credentials?: ReturnType<typeof patCredentials> | object;
    afterResponse?: ExecuteFunctionsOptions['afterResponse'];
  } = {},
) {
  const { functions, sent } = createExecuteFunctions({
    items,
    parameters: {
      authentication: 'personalAccessToken',
      resource: 'association',
      operation: 'getAll',
      issue: (index: number) => items[index]?.issue,
      options: {},
      ...parameters,
    },
    credentials: (extra.credentials ?? patCredentials()) as never,
    continueOnFail: extra.continueOnFail,
    onError: extra.onError,
    afterResponse: extra.afterResponse,
  });
  return { result: node.execute.call(functions), sent };
}

const case11816 = {
  issue: '11816',
  jiraIssueId: '11816',
  son: 'Case',
  soid: '500J80000019IF9IAM',
  viewOnly: false,
  autoPush: true,
  autoPull: true,
};

async function rejection(promise: Promise<unknown>): Promise<NodeApiError | NodeOperationError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof NodeApiError || error instanceof NodeOperationError)) {
    throw new Error(`expected an n8n node error, got ${String(error)}`);
  }
  return error;
}

describe('Get Many', () => {
  it('returns one item per association, each paired with its input item', async () => {
    const { result } = await run([{ issue: '11816' }, { issue: 'sup-43' }], {});
    expect(await result).toEqual([
      [
        { json: case11816, pairedItem: { item: 0 } },
        {
          json: {
            issue: 'SUP-43',
            jiraIssueId: '11817',
            son: 'Case',
            soid: '500J80107019IG9ILM',
            viewOnly: false,
            autoPush: false,
            autoPull: true,
          },
          pairedItem: { item: 1 },
        },
      ],
    ]);
  });

  it('accepts a browse URL and adds record URLs when a Salesforce base URL is set', async () => {
    const { result, sent } = await run([{ issue: `${fake.baseUrl}/browse/SUP-42/` }], {
      options: { salesforceBaseUrl: 'https://acme.my.salesforce.com/' },
    });
    const [[item]] = (await result) as [[{ json: IDataObject }]];
    expect(item.json).toEqual({
      ...case11816,
      issue: 'SUP-42',
      url: 'https://acme.my.salesforce.com/lightning/r/Case/500J80000019IF9IAM/view',
    });
    expect(sent[0]?.options.url).toBe(
      `${fake.baseUrl}/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations?jiraIssueIdOrKey=SUP-42`,
    );
    expect(sent[0]?.credentialType).toBe('sfLinksJiraPatApi');
  });

  it('gives no item for an issue without links, and one item per issue when asked', async () => {
    const perAssociation = await run([{ issue: 'SUP-44' }], {}).result;
    expect(perAssociation).toEqual([[]]);
    const perIssue = await run([{ issue: 'SUP-44' }, { issue: '11816' }], { options: { output: 'issue' } })
      .result;
    expect(perIssue).toEqual([
      [
        { json: { issue: 'SUP-44', associations: [] }, pairedItem: { item: 0 } },
        {
          json: { issue: '11816', associations: [withoutIssue(case11816)] },
          pairedItem: { item: 1 },
        },
      ],
    ]);
  });

  it('works with username and password (Basic)', async () => {
    const credentials = {
      sfLinksJiraBasicApi: {
        baseUrl: `${fake.baseUrl}/`,
        username: fake.username,
        password: fake.password,
        ignoreSslIssues: false,
      },
    };
    const { result, sent } = await run(
      [{ issue: '11816' }],
      { authentication: 'basicAuth' },
      { credentials },
    );
    expect(await result).toEqual([[{ json: case11816, pairedItem: { item: 0 } }]]);
    expect(sent[0]?.credentialType).toBe('sfLinksJiraBasicApi');
  });

  it('reports a wrong password as UNAUTHORIZED without showing it', async () => {
    const password = 'wrong-password-must-not-leak';
    const credentials = {
      sfLinksJiraBasicApi: {
        baseUrl: fake.baseUrl,
        username: fake.username,
        password,
        ignoreSslIssues: false,
      },
    };
    const error = await rejection(
      run([{ issue: '11816' }], { authentication: 'basicAuth' }, { credentials }).result,
    );
    expect(error.message).toMatch(/^Jira at 127\.0\.0\.1:\d+ rejected the username or password \(HTTP 401\)/);
    expect(error.context.code).toBe('UNAUTHORIZED');
    const shown = JSON.stringify({
      message: error.message,
      description: error.description,
      context: error.context,
    });
    expect(shown).not.toContain(password);
    expect(shown).not.toContain(Buffer.from(`${fake.username}:${password}`).toString('base64'));
  });
});

function withoutIssue(association: IDataObject): IDataObject {
  return Object.fromEntries(Object.entries(association).filter(([key]) => key !== 'issue'));
}

describe('errors', () => {
  it('with Continue On Fail, gives an error item per failed input item, paired, and goes on', async () => {
    const { result } = await run(
      [
        { issue: '11816' },
        { issue: 'SUP-999' },
        { issue: 'not an issue' },
        { issue: 'https://other.example.com/browse/SUP-42' },
      ],
      {},
      {
        continueOnFail: true,
      },
    );
    const [items] = await result;
    expect(items?.map((item) => item.pairedItem)).toEqual([
      { item: 0 },
      { item: 1 },
      { item: 2 },
      { item: 3 },
    ]);
    expect(items?.[0]?.json).toEqual(case11816);
    expect(items?.[1]?.json).toEqual({
      error: expect.stringMatching(/^Issue SUP-999 was not found on 127\.0\.0\.1:\d+/),
      code: 'NOT_FOUND',
      description: 'Check the issue key, and that the account of these credentials can browse it.',
    });
    expect(items?.[2]?.json).toEqual({
      error: '"not an issue" is not a Jira issue.',
      code: 'INVALID_INPUT',
      description: expect.stringMatching(/^Give an issue key \(PROJ-123\)/),
    });
    // A link to another Jira is refused, not looked up on the credential's Jira.
    expect(items?.[3]?.json).toMatchObject({
      error: expect.stringMatching(/^The link to SUP-42 points at the Jira at other\.example\.com/),
      code: 'INVALID_INPUT',
    });
  });

  it('with the error output, marks failed items with the n8n error so n8n routes them there', async () => {
    const { result } = await run(
      [{ issue: 'SUP-999' }, { issue: '11816' }],
      {},
      { onError: 'continueErrorOutput' },
    );
    const [items] = await result;
    expect(items?.[0]?.pairedItem).toEqual({ item: 0 });
    expect(items?.[0]?.json).toEqual({ error: expect.stringMatching(/^Issue SUP-999 was not found/) });
    expect(items?.[0]?.error).toBeInstanceOf(NodeApiError);
    expect(items?.[0]?.error?.context.code).toBe('NOT_FOUND');
    expect(items?.[1]).toEqual({ json: case11816, pairedItem: { item: 1 } });
  });

  it('without Continue On Fail, throws a NodeApiError naming the item, with what to do and no secret', async () => {
    const badToken = 'bad-token-that-must-not-leak';
    const error = await rejection(
      run([{ issue: '11816' }, { issue: '11817' }], {}, { credentials: patCredentials(badToken) }).result,
    );
    expect(error).toBeInstanceOf(NodeApiError);
    expect(error.message).toMatch(
      /^Jira at 127\.0\.0\.1:\d+ rejected the Personal Access Token \(HTTP 401\)/,
    );
    expect(error.description).toBe(
      "The token is wrong, expired or revoked: create a new one in Jira under Profile → Personal Access Tokens and set the credential's Personal Access Token.",
    );
    expect(error.context).toMatchObject({ itemIndex: 0, code: 'UNAUTHORIZED' });
    expect((error as NodeApiError).httpCode).toBe('401');
    expect(
      JSON.stringify({ ...error, message: error.message, description: error.description }),
    ).not.toContain(badToken);
  });

  it('reports a login page served with HTTP 200 as UNAUTHORIZED, not as data', async () => {
    fake.useScenario('sso-page');
    const error = await rejection(run([{ issue: '11816' }], {}).result);
    expect(error.message).toMatch(
      /^Jira at 127\.0\.0\.1:\d+ answered .*with a login page instead of data \(HTTP 200\)/,
    );
    expect(error.description).toContain("the credential's Base URL seems to point at a login gateway");
    expect(error.context.code).toBe('UNAUTHORIZED');
  });

  it('reports a Jira that does not answer in time as TIMEOUT', async () => {
    fake.useScenario('stall');
    const error = await rejection(run([{ issue: '11816' }], { options: { timeout: 300 } }).result);
    expect(error.message).toMatch(
      /^Jira at 127\.0\.0\.1:\d+ did not answer in time \(300 ms\) while handling 11816\.$/,
    );
    expect(error.context.code).toBe('TIMEOUT');
  });

  it('reports a refused connection and an invalid Base URL in the words of the credential', async () => {
    const closed = await startFakeJira({ port: 0 });
    const closedUrl = closed.baseUrl;
    await closed.close();
    const refused = await rejection(
      run(
        [{ issue: '11816' }],
        {},
        {
          credentials: {
            sfLinksJiraPatApi: { baseUrl: closedUrl, accessToken: 'x-token', ignoreSslIssues: false },
          },
        },
      ).result,
    );
    expect(refused.message).toMatch(
      /^Jira at 127\.0\.0\.1:\d+ refused the connection while handling 11816\.$/,
    );
    expect(refused.context.code).toBe('UPSTREAM_UNAVAILABLE');

    const invalid = await rejection(
      run(
        [{ issue: '11816' }],
        {},
        {
          credentials: { sfLinksJiraPatApi: { baseUrl: 'jira.example.com', accessToken: 'x-token' } },
        },
      ).result,
    );
    expect(invalid).toBeInstanceOf(NodeOperationError);
    expect(invalid.message).toBe(
      "Invalid settings: the credential's Base URL is not a URL (expected something like https://jira.example.com).",
    );
    expect(invalid.context.code).toBe('CONFIG');
  });

  it('refuses a certificate it cannot verify, unless the credential ignores SSL issues', async () => {
    const { key, cert } = createTestCertificates();
    const https = await startFakeJira({ port: 0, tls: { key, cert } });
    try {
      const credentials = (ignoreSslIssues: boolean) => ({
        sfLinksJiraPatApi: { baseUrl: https.baseUrl, accessToken: https.pat, ignoreSslIssues },
      });
      const { result, sent } = run([{ issue: '11816' }], {}, { credentials: credentials(false) });
      const refused = await rejection(result);
      expect(refused.message).toMatch(
        /^Jira at 127\.0\.0\.1:\d+ presented a certificate that n8n does not trust while handling 11816\.$/,
      );
      expect(refused.description).toContain('Ignore SSL Issues');
      expect(refused.context.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(sent[0]?.options.skipSslCertificateValidation).toBe(false);

      const ignored = run([{ issue: '11816' }], {}, { credentials: credentials(true) });
      expect((await ignored.result)[0]?.map((item) => item.json)).toEqual([case11816]);
      expect(ignored.sent[0]?.options.skipSslCertificateValidation).toBe(true);
    } finally {
      await https.close();
    }
  });

  it('refuses http:// to another machine unless the credential allows unencrypted HTTP', async () => {
    const refused = await rejection(
      run(
        [{ issue: '11816' }],
        {},
        {
          credentials: {
            sfLinksJiraPatApi: { baseUrl: 'http://jira.example.com', accessToken: 'x-token' },
          },
        },
      ).result,
    );
    expect(refused.context.code).toBe('CONFIG');
    expect(refused.message).toContain(
      'uses http:// to a remote host, so credentials would travel in clear; use https:// or set the credential\'s "Allow Unencrypted HTTP" switch',
    );
  });

  it('answers the injected Custom API Call with a clear error', async () => {
    const error = await rejection(run([{ issue: '11816' }], { operation: '__CUSTOM_API_CALL__' }).result);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect(error.message).toBe('Custom API Call is not supported by the SF Links node.');
  });
});

describe('Create', () => {
  const createParameters = {
    operation: 'create',
    recordsSource: 'fields',
    replace: false,
    confirmRemoveAll: false,
  };

  it('adds records from the fields and returns what the issue holds afterwards', async () => {
    const { result } = await run([{ issue: 'SUP-44' }], {
      ...createParameters,
      records: { record: [{ son: 'Account', soid: '001J800000AbCdE', autoPull: true }] },
    });
    expect(await result).toEqual([
      [
        {
          json: {
            issue: 'SUP-44',
            associations: [
              {
                jiraIssueId: '11818',
                son: 'Account',
                soid: '001J800000AbCdEIAV',
                viewOnly: false,
                autoPush: false,
                autoPull: true,
              },
            ],
            message: expect.any(String),
          },
          pairedItem: { item: 0 },
        },
      ],
    ]);
    expect(fake.associationsOf('SUP-44')).toHaveLength(1);
  });

  it('replaces with records from JSON, and refuses an empty replacement until confirmed', async () => {
    fake.seedIssue({
      id: '11818',
      key: 'SUP-44',
      associations: [{ jiraIssueId: '11818', son: 'Case', soid: '500J80000019IF9IAM' }],
    });
    const replaced = await run([{ issue: 'SUP-44' }], {
      ...createParameters,
      recordsSource: 'json',
      recordsJson: '[{ "son": "Account", "soid": "001J800000AbCdE" }]',
      replace: true,
    }).result;
    expect(replaced[0]?.[0]?.json.associations).toEqual([
      expect.objectContaining({ son: 'Account', soid: '001J800000AbCdEIAV' }),
    ]);

    const posts = () => fake.requests.filter((request) => request.method === 'POST').length;
    const before = posts();
    const refused = await rejection(
      run([{ issue: 'SUP-44' }], {
        ...createParameters,
        recordsSource: 'json',
        recordsJson: '[]',
        replace: true,
      }).result,
    );
    expect(refused.message).toBe(
      'Replacing the links of SUP-44 with no records would remove every Salesforce link of the issue. Nothing was sent.',
    );
    expect(refused.description).toBe(
      'Give the records the issue should keep, or turn on "Remove All When the List Is Empty" to confirm.',
    );
    expect(refused.context.code).toBe('INVALID_INPUT');
    expect(posts()).toBe(before);

    const cleared = await run([{ issue: 'SUP-44' }], {
      ...createParameters,
      recordsSource: 'json',
      recordsJson: '[]',
      replace: true,
      confirmRemoveAll: true,
    }).result;
    expect(cleared[0]?.[0]?.json.associations).toEqual([]);
    expect(fake.associationsOf('SUP-44')).toEqual([]);
  });

  it('rejects an invalid record before sending anything, and maps a refused edit to FORBIDDEN', async () => {
    const before = fake.requests.length;
    const invalid = await rejection(
      run([{ issue: 'SUP-44' }], { ...createParameters, records: { record: [{ son: 'Case', soid: '123' }] } })
        .result,
    );
    expect(invalid.message).toBe(
      'Record 1: soid "123" must be a 15-character id or an 18-character id with a correct suffix.',
    );
    expect(fake.requests.length).toBe(before);

    const locked = await rejection(
      run([{ issue: 'LOCKED-1' }], {
        ...createParameters,
        records: { record: [{ son: 'Case', soid: '500J80000019IF9IAM' }] },
      }).result,
    );
    expect(locked.context.code).toBe('FORBIDDEN');
    expect(locked.message).toMatch(
      /^You do not have permission to edit LOCKED-1 on 127\.0\.0\.1:\d+ \(HTTP 403\)/,
    );
  });

  it('refuses an empty list without Replace (nothing to add), even with the confirmation on, sending nothing', async () => {
    const before = fake.requests.length;
    for (const confirmRemoveAll of [false, true]) {
      const refused = await rejection(
        run([{ issue: 'SUP-44' }], {
          ...createParameters,
          recordsSource: 'json',
          recordsJson: '[]',
          confirmRemoveAll,
        }).result,
      );
      expect(refused).toBeInstanceOf(NodeOperationError);
      expect(refused.message).toBe('No records to add to SUP-44. Nothing was sent.');
      expect(refused.description).toBe('Add at least one record (object name and Salesforce id).');
      expect(refused.context.code).toBe('INVALID_INPUT');
    }
    expect(fake.requests.length).toBe(before);
  });

  it("sends records in one form (standard object's case, upper-case 18-character suffix)", async () => {
    const { result, sent } = run([{ issue: 'SUP-44' }], {
      ...createParameters,
      records: { record: [{ son: ' case ', soid: '500J80000019IF9iam' }] },
    });
    const [[item]] = (await result) as [[{ json: IDataObject }]];
    expect(JSON.parse(String(sent[0]?.options.body))).toEqual([{ son: 'Case', soid: '500J80000019IF9IAM' }]);
    expect(item.json.associations).toEqual([
      expect.objectContaining({ son: 'Case', soid: '500J80000019IF9IAM' }),
    ]);
    expect(item.json).not.toHaveProperty('flagsNotApplied');
  });

  it('refuses the id of another standard object than the one named, before sending anything', async () => {
    const before = fake.requests.length;
    const refused = await rejection(
      run([{ issue: 'SUP-44' }], {
        ...createParameters,
        records: { record: [{ son: 'Case', soid: '001J800000AbCdE' }] },
      }).result,
    );
    expect(refused.message).toBe(
      'Record 1: soid "001J800000AbCdE" is the id of an Account (prefix 001), not of a Case.',
    );
    expect(refused.description).toMatch(/^Give each record an object name and a Salesforce id/);
    expect(fake.requests.length).toBe(before);
  });

  it('lists records already linked with other flags in flagsNotApplied, and none with Replace', async () => {
    const seedSup44 = () =>
      fake.seedIssue({
        id: '11818',
        key: 'SUP-44',
        associations: [{ jiraIssueId: '11818', son: 'Case', soid: '500J80000019IF9IAM', autoPush: true }],
      });
    seedSup44();
    const records = {
      record: [
        { son: 'Case', soid: '500J80000019IF9IAM', viewOnly: true },
        { son: 'Account', soid: '001J800000AbCdE' },
      ],
    };
    const added = await run([{ issue: 'SUP-44' }], { ...createParameters, records }).result;
    const json = added[0]?.[0]?.json as IDataObject;
    expect(json.flagsNotApplied).toEqual([{ son: 'Case', soid: '500J80000019IF9IAM', viewOnly: true }]);
    expect(json.associations).toEqual([
      expect.objectContaining({ son: 'Case', soid: '500J80000019IF9IAM', viewOnly: false, autoPush: true }),
      expect.objectContaining({ son: 'Account', soid: '001J800000AbCdEIAV' }),
    ]);

    seedSup44();
    const replaced = await run([{ issue: 'SUP-44' }], { ...createParameters, records, replace: true }).result;
    const replacedJson = replaced[0]?.[0]?.json as IDataObject;
    expect(replacedJson).not.toHaveProperty('flagsNotApplied');
    expect(replacedJson.associations).toEqual([
      expect.objectContaining({ son: 'Case', soid: '500J80000019IF9IAM', viewOnly: true, autoPush: false }),
      expect.objectContaining({ son: 'Account', soid: '001J800000AbCdEIAV' }),
    ]);
  });

  it('says the write happened when only the read-back fails, keeping the read failure’s code', async () => {
    const { result } = run(
      [{ issue: 'SUP-44' }],
      { ...createParameters, records: { record: [{ son: 'Account', soid: '001J800000AbCdE' }] } },
      {
        // Jira takes the POST, then a proxy in front of it fails the read that follows.
        afterResponse: (request) => {
          if (request.options.method === 'POST') fake.configure({ fault: 'proxy-503' });
        },
      },
    );
    const error = await rejection(result);
    expect(error).toBeInstanceOf(NodeApiError);
    expect(error.context.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(
      /^Jira accepted the write to SUP-44, but reading back what the issue holds failed: /,
    );
    expect(error.description).toMatch(/^The records were sent: look SUP-44 up again later to see them\./);
    expect(fake.associationsOf('SUP-44')).toEqual([
      expect.objectContaining({ son: 'Account', soid: '001J800000AbCdEIAV' }),
    ]);
  });

  it("refuses a link to the same host under another context path before writing, in the credential's words", async () => {
    const before = fake.requests.length;
    const { host, origin } = new URL(fake.baseUrl);
    const refused = await rejection(
      run([{ issue: `${origin}/browse/SUP-44` }], {
        ...createParameters,
        records: { record: [{ son: 'Account', soid: '001J800000AbCdE' }] },
      }).result,
    );
    expect(refused.context.code).toBe('INVALID_INPUT');
    expect(refused.message).toBe(
      `The link to SUP-44 points at the Jira at ${host}, but sf-links is set up for ${host}/jira.`,
    );
    expect(refused.description).toBe(
      `Give the key (SUP-44) to look it up on ${host}/jira, or point the credential's Base URL at the other Jira.`,
    );
    expect(fake.requests.length).toBe(before);
    expect(fake.associationsOf('SUP-44')).toEqual([]);
  });
});
