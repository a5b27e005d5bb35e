import type { RequestContext } from '../server/request-context.js';
import { sendDeadLink } from '../server/send-dead-link.js';
import { sendFrameworkError } from '../server/send-framework-error.js';
import { sendHtml } from '../server/send-html.js';
import { handleAssociations } from './handle-associations.js';

/** Where the add-on's REST module lives, below the base URL. */
export const addonModulePath = '/rest/com.servicerocket.jira.salesforce/1.0/';

/** The path `P` of the associations endpoint, below the base URL. */
export const associationsPath = `${addonModulePath}api/external/associations`;

/** Everything under `/rest/com.servicerocket.jira.salesforce/` (behaviour 14). */
export function handleAddon(context: RequestContext): void {
  const { addon } = context.state.switches;
  if (addon === 'missing' || !context.path.startsWith(addonModulePath)) {
    sendDeadLink(context.response);
    return;
  }
  if (addon === 'unlicensed') {
    sendHtml(
      context.response,
      401,
      'Unlicensed add-on',
      'The Connector for Salesforce & Jira is not licensed. Ask your Jira administrator to renew the license.',
    );
    return;
  }
  if (context.path === associationsPath) {
    handleAssociations(context);
    return;
  }
  sendFrameworkError(context, 404, `null for uri: ${context.url.href}`);
}
