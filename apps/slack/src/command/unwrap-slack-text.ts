/** Slack escapes these three in command text, whatever `should_escape` says. */
export function unescapeSlackText(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * One token as the user meant it: Slack sends a pasted link as `<url|label>` or `<url>`; the URL is
 * what counts (the label may be any text). Mentions (`<@U…>`, `<#C…|name>`) are left as they are.
 */
export function unwrapSlackToken(token: string): string {
  const link = /^<(https?:\/\/[^|>]*)(?:\|[^>]*)?>$/i.exec(token);
  return unescapeSlackText(link?.[1] ?? token);
}

/** Splits command text into tokens, keeping `<url|label with spaces>` whole; commas separate too. */
export function tokenizeCommandText(text: string): string[] {
  return text.match(/<[^>]*>|[^\s,]+/g) ?? [];
}
