import type { SeedAssociation } from './seed-association.js';

/** One issue of the fake's store. */
export interface SeedIssue {
  id: string;
  key: string;
  summary: string;
  associations: SeedAssociation[];
  /** The demo user may edit it (POST allowed). */
  editable: boolean;
  /** The demo user may browse it. */
  visible: boolean;
}

/** A fresh copy of the seed issues; records copied from shared/fixtures/seed-associations.json. */
export function createSeedIssues(): SeedIssue[] {
  return [
    {
      id: '11816',
      key: 'SUP-42',
      summary: 'Customer cannot export invoices',
      associations: [
        {
          jiraIssueId: '11816',
          son: 'Case',
          soid: '500J80000019IF9IAM',
          viewOnly: false,
          autoPush: true,
          autoPull: true,
        },
      ],
      editable: true,
      visible: true,
    },
    {
      id: '11817',
      key: 'SUP-43',
      summary: 'Login page times out',
      associations: [
        {
          jiraIssueId: '11817',
          son: 'Case',
          // The vendor's example id; its suffix is wrong on purpose and is returned as stored.
          soid: '500J80107019IG9ILM',
          viewOnly: false,
          autoPush: false,
          autoPull: true,
        },
      ],
      editable: true,
      visible: true,
    },
    {
      id: '11818',
      key: 'SUP-44',
      summary: 'Nothing linked yet',
      associations: [],
      editable: true,
      visible: true,
    },
    {
      id: '11819',
      key: 'LOCKED-1',
      summary: 'Visible but not editable by the demo user',
      associations: [],
      editable: false,
      visible: true,
    },
    {
      id: '11820',
      key: 'SF_2-7',
      summary: 'Project key with a digit and an underscore',
      associations: [],
      editable: true,
      visible: true,
    },
  ];
}
