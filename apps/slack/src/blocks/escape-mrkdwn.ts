/** Escapes the three characters Slack's mrkdwn treats as control (`&`, `<`, `>`). */
export function escapeMrkdwn(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** U+200B ZERO WIDTH SPACE: invisible, and no longer a word boundary Slack's formatting markers can use. */
const zeroWidthSpace = '\u200b';

/**
 * Slack documents escaping only for `&`, `<`, `>`; `*`, `_`, `~` and `` ` `` in echoed text would
 * still turn into bold, italics, strikethrough or code. Each is fenced with zero-width spaces, so a
 * marker never touches the text it would format: an opening marker is then followed, and a closing
 * one preceded, by a character that is not part of a word.
 */
const formattingPieces: Record<string, string> = {
  '*': `${zeroWidthSpace}*${zeroWidthSpace}`,
  _: `${zeroWidthSpace}_${zeroWidthSpace}`,
  '~': `${zeroWidthSpace}~${zeroWidthSpace}`,
  '`': `${zeroWidthSpace}\`${zeroWidthSpace}`,
};

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const textPieces: Record<string, string> = { ...entities, ...formattingPieces };
// Inside a code span only a backtick means anything (it would end the span); U+02CB looks the same.
const codePieces: Record<string, string> = { ...entities, '`': '\u02cb' };

function piecewise(value: string, pieces: Record<string, string>, max: number): string {
  let whole = '';
  for (const character of value) whole += pieces[character] ?? character;
  if (whole.length <= max) return whole;
  let result = '';
  for (const character of value) {
    const piece = pieces[character] ?? character;
    if (result.length + piece.length > max - 1) break;
    result += piece;
  }
  return `${result}…`;
}

/** Echoed text made inert in mrkdwn: `&<>` escaped and the formatting markers `*_~`` ` `` neutralised. */
export function escapeText(value: string): string {
  return piecewise(value, textPieces, Number.POSITIVE_INFINITY);
}

/** Cuts `value` to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1))}…`;
}

/** A mrkdwn link `<url|label>`; the label made inert (escapeText), the URL made safe inside the brackets. */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${escapeText(label)}>`;
}

/**
 * Echoed text made inert (escapeText) within `max` characters, cut between characters (never inside
 * an entity or a neutralised marker) and marked with an ellipsis.
 */
export function escapeWithin(value: string, max: number): string {
  return piecewise(value, textPieces, max);
}

/**
 * For text shown inside a code span (`` `…` ``), where formatting does not apply: `&<>` escaped and a
 * backtick replaced by a look-alike so it cannot end the span; within `max` characters.
 */
export function escapeCodeWithin(value: string, max: number): string {
  return piecewise(value, codePieces, max);
}
