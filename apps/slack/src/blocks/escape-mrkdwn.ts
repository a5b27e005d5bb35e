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
 * one preceded, by a character that is not part of a word. Underscores inside a word
 * (`Invoice__c`, `JIRA_BASE_URL`, `SF_2-7`) cannot open or close italics and stay as they are, so
 * the API names, variables and keys a user copies from Slack are what Jira sent.
 */
const formattingMarkers = new Set(['*', '_', '~', '`']);
const fenced = (marker: string) => `${zeroWidthSpace}${marker}${zeroWidthSpace}`;
const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// Inside a code span only a backtick means anything (it would end the span); U+02CB looks the same.
const codePieces: Record<string, string> = { ...entities, '`': '\u02cb' };

/** Each character's replacement in mrkdwn text: entities escaped, markers fenced but for in-word `_`. */
function textPieces(characters: string[]): string[] {
  const pieces = characters.map((character) => entities[character] ?? character);
  for (let start = 0; start < characters.length; start++) {
    const marker = characters[start] ?? '';
    if (!formattingMarkers.has(marker)) continue;
    let end = start + 1;
    if (marker === '_') while (characters[end] === '_') end++;
    const inWord =
      marker === '_' && isWordCharacter(characters[start - 1]) && isWordCharacter(characters[end]);
    if (!inWord)
      for (let index = start; index < end; index++) pieces[index] = fenced(characters[index] ?? '');
    start = end - 1;
  }
  return pieces;
}

/** Joins `pieces` within `max` characters, cut between pieces and marked with an ellipsis. */
function joinWithin(pieces: string[], max: number, isText: boolean): string {
  const whole = pieces.join('');
  if (whole.length <= max) return whole;
  let result = '';
  for (const piece of pieces) {
    if (result.length + piece.length > max - 1) break;
    result += piece;
  }
  // The ellipsis is not part of a word: in text, a bare marker just before it could close a format.
  while (isText && formattingMarkers.has(result.at(-1) ?? '')) result = result.slice(0, -1);
  return `${result}…`;
}

/** Echoed text made inert in mrkdwn: `&<>` escaped and the formatting markers `*_~`` ` `` neutralised. */
export function escapeText(value: string): string {
  return joinWithin(textPieces([...value]), Number.POSITIVE_INFINITY, true);
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
  return joinWithin(textPieces([...value]), max, true);
}

/**
 * For text shown inside a code span (`` `…` ``), where formatting does not apply: `&<>` escaped and a
 * backtick replaced by a look-alike so it cannot end the span; within `max` characters.
 */
export function escapeCodeWithin(value: string, max: number): string {
  return joinWithin(
    [...value].map((character) => codePieces[character] ?? character),
    max,
    false,
  );
}
