// Workflows for the end-to-end suite, in the JSON `n8n import:workflow` reads.

export const nodeType = 'n8n-nodes-sf-links.sfLinks';
export const patCredential = { id: 'sfLinksPat', name: 'Jira PAT' };
export const badPatCredential = { id: 'sfLinksBadPat', name: 'Jira bad PAT' };
export const basicCredential = { id: 'sfLinksBasic', name: 'Jira Basic' };
/** PAT credentials of the network workflow, each pointing at a Jira that fails in its own way. */
export const networkCredentials = {
  httpsStrict: { id: 'sfLinksTlsStrict', name: 'Jira HTTPS (verify)' },
  httpsIgnore: { id: 'sfLinksTlsIgnore', name: 'Jira HTTPS (ignore SSL)' },
  stalled: { id: 'sfLinksStalled', name: 'Jira stalled' },
  closedPort: { id: 'sfLinksClosed', name: 'Jira closed port' },
  hiddenAs403: { id: 'sfLinksHidden403', name: 'Jira hidden as 403' },
};
/** Seeded as an issue the account of the credentials cannot browse. */
export const hiddenIssue = { id: '11830', key: 'SECRET-1' };

type Parameters = Record<string, unknown>;
interface WorkflowNode {
  id: string;
  name: string;
  type: string;
  typeVersion: number;
  position: [number, number];
  parameters: Parameters;
  credentials?: Record<string, { id: string; name: string }>;
  onError?: 'continueRegularOutput' | 'continueErrorOutput';
}

let row = 0;
function at(column: number): [number, number] {
  return [column * 220, row * 200];
}

function trigger(): WorkflowNode {
  return {
    id: 'trigger',
    name: 'Start',
    type: 'n8n-nodes-base.manualTrigger',
    typeVersion: 1,
    position: [0, 0],
    parameters: {},
  };
}

/** A Set node holding the issues, then Split Out: one item per issue, named `name`. */
function issueItems(name: string, issues: string[]): WorkflowNode[] {
  return [
    {
      id: `${name}-list`,
      name: `${name} list`,
      type: 'n8n-nodes-base.set',
      typeVersion: 3.4,
      position: at(1),
      parameters: {
        mode: 'raw',
        jsonOutput: JSON.stringify({ issues: issues.map((issue) => ({ issue })) }),
        options: {},
      },
    },
    {
      id: name,
      name,
      type: 'n8n-nodes-base.splitOut',
      typeVersion: 1,
      position: at(2),
      parameters: { fieldToSplitOut: 'issues', include: 'noOtherFields', options: {} },
    },
  ];
}

function sfLinks(
  name: string,
  parameters: Parameters,
  credential: { id: string; name: string } = patCredential,
  onError?: WorkflowNode['onError'],
): WorkflowNode {
  const basic = credential === basicCredential;
  return {
    id: name,
    name,
    type: nodeType,
    typeVersion: 1,
    position: at(3),
    parameters: {
      authentication: basic ? 'basicAuth' : 'personalAccessToken',
      resource: 'association',
      issue: '={{ $json.issue }}',
      ...parameters,
    },
    credentials: { [basic ? 'sfLinksJiraBasicApi' : 'sfLinksJiraPatApi']: credential },
    ...(onError ? { onError } : {}),
  };
}

/** A Set node that reads the input item through item linking: `$('<input>').item`. */
function downstream(name: string, input: string): WorkflowNode {
  return {
    id: name,
    name,
    type: 'n8n-nodes-base.set',
    typeVersion: 3.4,
    position: at(4),
    parameters: {
      mode: 'manual',
      includeOtherFields: true,
      assignments: {
        assignments: [
          {
            id: 'input-issue',
            name: 'inputIssue',
            type: 'string',
            value: `={{ $('${input}').item.json.issue }}`,
          },
        ],
      },
      options: {},
    },
  };
}

interface Chain {
  nodes: WorkflowNode[];
  /** [from, to, fromOutput] */
  links: [string, string, number?][];
}

function chain(
  input: string,
  issues: string[],
  node: WorkflowNode,
  after?: WorkflowNode,
  errorAfter?: WorkflowNode,
): Chain {
  row += 1;
  const [list, split] = issueItems(input, issues) as [WorkflowNode, WorkflowNode];
  for (const item of [node, after, errorAfter]) if (item) item.position = at(item === node ? 3 : 4);
  const links: Chain['links'] = [
    ['Start', list.name],
    [list.name, split.name],
    [split.name, node.name],
  ];
  if (after) links.push([node.name, after.name, 0]);
  if (errorAfter) links.push([node.name, errorAfter.name, 1]);
  return {
    nodes: [list, split, node, ...(after ? [after] : []), ...(errorAfter ? [errorAfter] : [])],
    links,
  };
}

function workflow(id: string, name: string, chains: Chain[]) {
  const nodes = [trigger(), ...chains.flatMap((item) => item.nodes)];
  const connections: Record<string, { main: { node: string; type: 'main'; index: number }[][] }> = {};
  for (const [from, to, output = 0] of chains.flatMap((item) => item.links)) {
    connections[from] ??= { main: [] };
    const outputs = connections[from].main;
    while (outputs.length <= output) outputs.push([]);
    outputs[output]?.push({ node: to, type: 'main', index: 0 });
  }
  return { id, name, nodes, connections, active: false, settings: { executionOrder: 'v1' }, pinData: {} };
}

const documentedSalesforce = 'https://acme.my.salesforce.com';

/**
 * Everything that must succeed, in one run (each n8n boot costs seconds): Get Many with PAT and
 * Basic, item linking downstream, Continue On Fail (regular and error output), Create with and
 * without replace.
 */
export function mainWorkflow() {
  row = 0;
  return workflow('sfLinksMain', 'sf-links e2e', [
    chain(
      'PAT input',
      ['11816', '11817'],
      sfLinks('Get Many (PAT)', {
        operation: 'getAll',
        options: { salesforceBaseUrl: documentedSalesforce },
      }),
      downstream('After PAT', 'PAT input'),
    ),
    chain(
      'Basic input',
      ['11816', '11817'],
      sfLinks('Get Many (Basic)', { operation: 'getAll', options: { output: 'issue' } }, basicCredential),
      downstream('After Basic', 'Basic input'),
    ),
    chain(
      'Faults input',
      ['11816', 'SUP-999', hiddenIssue.key, 'not an issue', '11817'],
      sfLinks('Get Many (continue)', { operation: 'getAll' }, patCredential, 'continueRegularOutput'),
      downstream('After continue', 'Faults input'),
    ),
    chain(
      'Unauthorised input',
      ['11816', '11817'],
      sfLinks('Get Many (bad PAT)', { operation: 'getAll' }, badPatCredential, 'continueRegularOutput'),
    ),
    chain(
      'Routed input',
      ['11816', 'SUP-999'],
      sfLinks('Get Many (error output)', { operation: 'getAll' }, patCredential, 'continueErrorOutput'),
      downstream('Routed success', 'Routed input'),
      downstream('Routed error', 'Routed input'),
    ),
    chain(
      'Add input',
      ['SUP-44'],
      sfLinks('Create (add)', {
        operation: 'create',
        recordsSource: 'fields',
        records: { record: [{ son: 'Account', soid: '001J800000AbCdE', autoPull: true }] },
        replace: false,
      }),
    ),
    chain(
      'Replace input',
      ['SF_2-7'],
      sfLinks('Create (replace)', {
        operation: 'create',
        recordsSource: 'json',
        recordsJson: JSON.stringify([{ son: 'Case', soid: '500J80000019IF9IAM', autoPush: true }]),
        replace: true,
      }),
    ),
  ]);
}

/** A node without Continue On Fail that meets a missing issue: the execution must fail clearly. */
export function failingWorkflow() {
  row = 0;
  return workflow('sfLinksFailing', 'sf-links e2e failing', [
    chain('Failing input', ['11816', 'SUP-999'], sfLinks('Get Many (fails)', { operation: 'getAll' })),
  ]);
}

/**
 * The transport in a real run: a certificate n8n cannot verify (refused, then accepted with Ignore
 * SSL Issues), a Jira that accepts the connection and never answers (the node's Timeout option), a
 * port where nothing listens, and a Jira answering 403 for the issue the account cannot see.
 */
export function networkWorkflow() {
  row = 0;
  const continued = 'continueRegularOutput';
  return workflow('sfLinksNetwork', 'sf-links e2e network', [
    chain(
      'TLS verify input',
      ['11816'],
      sfLinks('Get Many (TLS verify)', { operation: 'getAll' }, networkCredentials.httpsStrict, continued),
    ),
    chain(
      'TLS ignore input',
      ['11816'],
      sfLinks('Get Many (TLS ignore)', { operation: 'getAll' }, networkCredentials.httpsIgnore, continued),
    ),
    chain(
      'Stalled input',
      ['11816'],
      sfLinks(
        'Get Many (stalled)',
        { operation: 'getAll', options: { timeout: 1500 } },
        networkCredentials.stalled,
        continued,
      ),
    ),
    chain(
      'Closed input',
      ['11816'],
      sfLinks('Get Many (closed port)', { operation: 'getAll' }, networkCredentials.closedPort, continued),
    ),
    chain(
      'Hidden input',
      ['11816', hiddenIssue.key],
      sfLinks('Get Many (hidden as 403)', { operation: 'getAll' }, networkCredentials.hiddenAs403, continued),
    ),
  ]);
}
