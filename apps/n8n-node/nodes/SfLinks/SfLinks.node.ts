import { checkIssueOnJira, parseIssueInput } from '@sf-links/core';
import {
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
  NodeConnectionTypes,
  NodeOperationError,
} from 'n8n-workflow';
import { createAssociations } from './create-associations';
import { createJiraConnection } from './create-jira-connection';
import { getManyAssociations } from './get-many-associations';
import { nodeProperties } from './node-properties';
import { readRecords } from './read-records';
import { type SfLinksNodeError, toNodeError } from './to-node-error';

/** n8n adds this operation to nodes whose credentials have `authenticate`. */
const customApiCall = '__CUSTOM_API_CALL__';

/**
 * A programmatic node, not a declarative one: Get Many turns one input item into as many items as
 * the issue has associations, and only code can pair each of them with its input item
 * (`pairedItem`), which keeps `$('Node').item` working downstream. It also lets core's pure
 * request builders and parsers do the work over n8n's HTTP helper.
 */
export class SfLinks implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'SF Links',
    name: 'sfLinks',
    icon: { light: 'file:sf-links.svg', dark: 'file:sf-links.dark.svg' },
    group: ['transform'],
    version: 1,
    subtitle: '={{ $parameter["operation"] === "create" ? "Create associations" : "Get many associations" }}',
    description:
      'Read and add the Salesforce records linked to Jira Data Center issues (Connector for Salesforce & Jira)',
    defaults: { name: 'SF Links' },
    usableAsTool: true,
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    credentials: [
      {
        name: 'sfLinksJiraPatApi',
        required: true,
        displayOptions: { show: { authentication: ['personalAccessToken'] } },
      },
      {
        name: 'sfLinksJiraBasicApi',
        required: true,
        displayOptions: { show: { authentication: ['basicAuth'] } },
      },
    ],
    properties: nodeProperties,
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    const operation = this.getNodeParameter('operation', 0) as string;
    if (operation === customApiCall) {
      throw new NodeOperationError(this.getNode(), 'Custom API Call is not supported by the SF Links node.', {
        description:
          'Choose Get Many or Create; for other Jira calls use the HTTP Request node with the same credential.',
        itemIndex: 0,
      });
    }
    const output: INodeExecutionData[] = [];
    for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
      const pairedItem = { item: itemIndex };
      try {
        const json = await runOperation(this, operation, itemIndex);
        for (const entry of json) output.push({ json: entry, pairedItem });
      } catch (thrown) {
        const error = toNodeError(this.getNode(), thrown, itemIndex);
        if (!this.continueOnFail()) throw error;
        output.push(errorItem(error, pairedItem, this.getNode().onError === 'continueErrorOutput'));
      }
    }
    return [output];
  }
}

/**
 * The item that stands for a failed input item. With "Continue (using error output)" n8n routes
 * an item to the error output only when it carries `error` (and then keeps just `{ error: message }`
 * of its json, merged with the input item's fields); otherwise the item keeps the code and the hint.
 */
function errorItem(
  error: SfLinksNodeError,
  pairedItem: { item: number },
  toErrorOutput: boolean,
): INodeExecutionData {
  if (toErrorOutput) return { json: { error: error.message }, error, pairedItem };
  const json: IDataObject = {
    error: error.message,
    code: (error.context.code as string | undefined) ?? null,
  };
  if (error.description) json.description = error.description;
  return { json, pairedItem };
}

async function runOperation(
  functions: IExecuteFunctions,
  operation: string,
  itemIndex: number,
): Promise<IDataObject[]> {
  const options = functions.getNodeParameter('options', itemIndex, {}) as IDataObject;
  const parsed = parseIssueInput(String(functions.getNodeParameter('issue', itemIndex) ?? ''));
  const connection = await createJiraConnection(functions, itemIndex, {
    salesforceBaseUrl: typeof options.salesforceBaseUrl === 'string' ? options.salesforceBaseUrl : '',
    timeoutMs: typeof options.timeout === 'number' ? options.timeout : 10_000,
  });
  const issue = checkIssueOnJira(parsed, connection.baseUrl);
  switch (operation) {
    case 'getAll': {
      const associations = await getManyAssociations(connection, issue);
      if (options.output === 'issue') return [{ issue: issue.idOrKey, associations }];
      // No association, no item: "Always Output Data" in the node settings turns that into one empty item.
      return associations.map((association) => ({ issue: issue.idOrKey, ...association }));
    }
    case 'create': {
      const records = readRecords(functions, itemIndex);
      const result = await createAssociations(connection, issue, records, {
        replace: functions.getNodeParameter('replace', itemIndex, false) as boolean,
        confirmRemoveAll: functions.getNodeParameter('confirmRemoveAll', itemIndex, false) as boolean,
      });
      const json: IDataObject = { issue: issue.idOrKey, associations: result.associations };
      if (result.message !== undefined) json.message = result.message;
      // Only when it happened, so a workflow can branch on the field being there.
      if (result.flagsNotApplied.length > 0) json.flagsNotApplied = result.flagsNotApplied;
      return [json];
    }
    default:
      throw new NodeOperationError(functions.getNode(), `The operation "${operation}" is not known.`, {
        itemIndex,
      });
  }
}
