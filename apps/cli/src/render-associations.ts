import type { Association } from '@sf-links/core';
import Table from 'cli-table3';
import { describeFlags } from './describe-flags.js';

function countOf(associations: readonly Association[]): string {
  return associations.length === 1 ? '1 Salesforce record' : `${associations.length} Salesforce records`;
}

/**
 * What one issue holds, as a heading and a table (object, id, flags, link when a Salesforce base
 * URL is known), or an explicit empty state. Plain text: no colours, so pipes and logs stay clean.
 */
export function renderAssociations(issue: string, associations: readonly Association[]): string {
  if (associations.length === 0) return `${issue}: no Salesforce records linked\n`;
  const withLinks = associations.some((association) => association.url !== undefined);
  const head = ['Object', 'Record id', 'Flags', ...(withLinks ? ['Link'] : [])];
  const table = new Table({ head, style: { head: [], border: [] } });
  for (const association of associations) {
    const row = [association.son, association.soid, describeFlags(association)];
    if (withLinks) row.push(association.url ?? '');
    table.push(row);
  }
  return `${issue}: ${countOf(associations)} linked\n${table.toString()}\n`;
}
