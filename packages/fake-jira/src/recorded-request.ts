/** One request the fake received. `Authorization`, `Proxy-Authorization` and `Cookie` are redacted. */
export interface RecordedRequest {
  method: string;
  /** The path as received, context path included, without the query string. */
  path: string;
  /** Query parameters; the last value wins when a name repeats. */
  query: Record<string, string>;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body as UTF-8 text (empty when none). */
  body: string;
}
