/** Escapes the three characters Slack's mrkdwn treats as control (`&`, `<`, `>`). */
export function escapeMrkdwn(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts `value` to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1))}…`;
}

/** A mrkdwn link `<url|label>`; the label is escaped, the URL made safe inside the brackets. */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${escapeMrkdwn(label)}>`;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes `value` and keeps the result within `max` characters, cutting between characters (never
 * inside an entity) and marking the cut with an ellipsis.
 */
export function escapeWithin(value: string, max: number): string {
  const escaped = escapeMrkdwn(value);
  if (escaped.length <= max) return escaped;
  let result = '';
  for (const character of value) {
    const piece = entities[character] ?? character;
    if (result.length + piece.length > max - 1) break;
    result += piece;
  }
  return `${result}…`;
}
