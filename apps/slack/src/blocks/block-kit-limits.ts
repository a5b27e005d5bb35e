/** Block Kit limits a reply must stay within, or Slack drops it (from @slack/types and Slack's docs). */
export const blockKitLimits = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  /** Slack truncates longer fallback text; kept short since it only feeds notifications. */
  fallbackText: 3000,
} as const;
