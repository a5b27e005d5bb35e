import type { INodeProperties } from 'n8n-workflow';

const onAssociation = { resource: ['association'] };
const onCreate = { resource: ['association'], operation: ['create'] };

/** The node's parameters: n8n's resource/operation layout with one resource. */
export const nodeProperties: INodeProperties[] = [
  {
    displayName: 'Authentication',
    name: 'authentication',
    type: 'options',
    noDataExpression: true,
    options: [
      { name: 'Personal Access Token', value: 'personalAccessToken' },
      { name: 'Username & Password', value: 'basicAuth' },
    ],
    default: 'personalAccessToken',
  },
  {
    displayName: 'Resource',
    name: 'resource',
    type: 'options',
    noDataExpression: true,
    options: [{ name: 'Association', value: 'association' }],
    default: 'association',
  },
  {
    displayName: 'Operation',
    name: 'operation',
    type: 'options',
    noDataExpression: true,
    displayOptions: { show: onAssociation },
    options: [
      {
        name: 'Create',
        value: 'create',
        description: 'Link Salesforce records to a Jira issue',
        action: 'Create associations',
      },
      {
        name: 'Get Many',
        value: 'getAll',
        description: 'Get the Salesforce records linked to a Jira issue',
        action: 'Get many associations',
      },
    ],
    default: 'getAll',
  },
  {
    displayName: 'Issue',
    name: 'issue',
    type: 'string',
    required: true,
    default: '',
    placeholder: 'e.g. SUP-42',
    displayOptions: { show: onAssociation },
    description:
      'Key (PROJ-123), numeric ID (11816) or browse URL (https://jira.example.com/browse/PROJ-123) of the Jira issue, usually an expression that reads it from the input item',
  },
  {
    displayName: 'Records Source',
    name: 'recordsSource',
    type: 'options',
    noDataExpression: true,
    displayOptions: { show: onCreate },
    options: [
      { name: 'Fields Below', value: 'fields' },
      { name: 'JSON', value: 'json' },
    ],
    default: 'fields',
    description: 'Whether to enter the records one by one or give them as JSON',
  },
  {
    displayName: 'Records',
    name: 'records',
    type: 'fixedCollection',
    typeOptions: { multipleValues: true },
    placeholder: 'Add Record',
    displayOptions: { show: { ...onCreate, recordsSource: ['fields'] } },
    default: {},
    options: [
      {
        displayName: 'Record',
        name: 'record',
        values: [
          {
            displayName: 'Auto Pull',
            name: 'autoPull',
            type: 'boolean',
            default: false,
            description: 'Whether Salesforce changes are pulled into Jira',
          },
          {
            displayName: 'Auto Push',
            name: 'autoPush',
            type: 'boolean',
            default: false,
            description: 'Whether Jira changes are pushed to Salesforce',
          },
          {
            displayName: 'Object Name',
            name: 'son',
            type: 'string',
            default: 'Case',
            description: 'Salesforce object API name, e.g. Case or Account',
          },
          {
            displayName: 'Record ID',
            name: 'soid',
            type: 'string',
            default: '',
            placeholder: 'e.g. 500J80000019IF9IAM',
            description: 'Salesforce record ID, 15 or 18 characters',
          },
          {
            displayName: 'View Only',
            name: 'viewOnly',
            type: 'boolean',
            default: false,
            description: 'Whether the link only shows the record, without syncing',
          },
        ],
      },
    ],
  },
  {
    displayName: 'Records (JSON)',
    name: 'recordsJson',
    type: 'json',
    displayOptions: { show: { ...onCreate, recordsSource: ['json'] } },
    default: '[\n  { "son": "Case", "soid": "500J80000019IF9IAM", "autoPush": true, "autoPull": true }\n]',
    description:
      'An array of records: son (object name), soid (Salesforce ID), and optional viewOnly, autoPush, autoPull',
  },
  {
    displayName: 'Replace Existing Associations',
    name: 'replace',
    type: 'boolean',
    displayOptions: { show: onCreate },
    default: false,
    description: 'Whether the records replace every association of the issue instead of being added to them',
  },
  {
    displayName: 'Remove All When the List Is Empty',
    name: 'confirmRemoveAll',
    type: 'boolean',
    displayOptions: { show: { ...onCreate, replace: [true] } },
    default: false,
    description:
      'Whether replacing with an empty list of records may remove every association of the issue. Without it, an empty list is refused.',
  },
  {
    displayName: 'Options',
    name: 'options',
    type: 'collection',
    placeholder: 'Add Option',
    displayOptions: { show: onAssociation },
    default: {},
    options: [
      {
        displayName: 'Output',
        name: 'output',
        type: 'options',
        displayOptions: { show: { '/operation': ['getAll'] } },
        options: [
          {
            name: 'One Item per Association',
            value: 'association',
            description: 'Each linked record as its own item; an issue without links gives no item',
          },
          {
            name: 'One Item per Issue',
            value: 'issue',
            description: 'One item per input item, with the list of its associations',
          },
        ],
        default: 'association',
      },
      {
        displayName: 'Salesforce Base URL',
        name: 'salesforceBaseUrl',
        type: 'string',
        default: '',
        placeholder: 'https://acme.my.salesforce.com',
        description: 'Your Salesforce org URL; when set, each association gets a URL to its record',
      },
      {
        displayName: 'Timeout',
        name: 'timeout',
        type: 'number',
        typeOptions: { minValue: 100 },
        default: 10000,
        description: 'How long to wait for Jira to answer each request, in milliseconds',
      },
    ],
  },
];
