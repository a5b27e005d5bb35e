/** A request as the client builds it; the transport only sends it. */
export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Whether sending it twice is harmless; only such requests are retried. */
  idempotent: boolean;
}

/** A whole response, body read as text (capped by the transport). */
export interface HttpResponse {
  status: number;
  /** Lower-case header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

/** Sends one request. Throws ConnectionError when no HTTP answer arrives. */
export type Transport = (request: HttpRequest, signal?: AbortSignal) => Promise<HttpResponse>;
