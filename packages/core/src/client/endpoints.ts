/** The add-on's associations endpoint, below the Jira base URL (with its context path). */
export const associationsPath = '/rest/com.servicerocket.jira.salesforce/1.0/api/external/associations';
/** Who the credentials belong to; used by `doctor` and credential tests. */
export const myselfPath = '/rest/api/2/myself';
