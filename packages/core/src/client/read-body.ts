import type { HttpResponse } from '../http/http-types.js';

/** The parsed JSON body when the response says JSON and the body parses; undefined otherwise. */
export function readJsonBody(response: HttpResponse): { value: unknown } | undefined {
  const contentType = response.headers['content-type'] ?? '';
  // An empty or blank body fails JSON.parse too; no trimmed copy of every (possibly large) body.
  if (!/json/i.test(contentType) || response.body.length === 0) return undefined;
  try {
    return { value: JSON.parse(response.body) as unknown };
  } catch {
    return undefined;
  }
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function messageFromJson(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  // Shape 1: Jira's ErrorCollection.
  const parts: string[] = [];
  if (Array.isArray(record.errorMessages))
    parts.push(...record.errorMessages.filter((m) => typeof m === 'string'));
  if (record.errors && typeof record.errors === 'object') {
    for (const [field, message] of Object.entries(record.errors as Record<string, unknown>)) {
      if (typeof message === 'string') parts.push(`${field}: ${message}`);
    }
  }
  if (parts.length > 0) return parts.join('; ');
  // Shape 2: the REST framework's { message, status-code }.
  if (typeof record.message === 'string' && record.message !== '') return record.message;
  return undefined;
}

/**
 * The human message inside an error body, whichever of Jira's four shapes it has: ErrorCollection,
 * REST framework JSON (or its XML form), an HTML page's title, or plain text. Clipped to one line.
 */
export function readErrorMessage(response: HttpResponse): string | undefined {
  const json = readJsonBody(response);
  if (json) {
    const message = messageFromJson(json.value);
    return message ? clip(message) : undefined;
  }
  const body = response.body;
  const xmlMessage = /<message>([\s\S]*?)<\/message>/i.exec(body)?.[1];
  if (xmlMessage) return clip(decodeEntities(xmlMessage));
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
  if (title?.trim()) return clip(decodeEntities(title));
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1];
  if (heading) return clip(decodeEntities(heading.replace(/<[^>]+>/g, ' ')));
  if (/<html|<!doctype/i.test(body)) return undefined;
  return body.trim() ? clip(body) : undefined;
}

/** True when a body is an HTML page that asks for a login (an SSO gateway or Jira's own). */
export function looksLikeLoginPage(response: HttpResponse): boolean {
  const body = response.body;
  if (!/<html|<!doctype/i.test(body)) return false;
  return /log ?in|sign ?in|password|saml|sso|single sign-on|authenticat/i.test(body);
}
