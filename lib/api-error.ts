// The one error every layer throws when a request cannot be served: a status and a message the
// client may read. Kept a leaf (no imports) so use cases, auth and rate limits can throw it while
// only lib/http maps it to a Response (lib/http/errors.ts).

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DB_UNAVAILABLE_RETRY_AFTER_S = 5;
/** Seconds a client should wait before retrying a save refused because storage is full. */
export const STORAGE_FULL_RETRY_AFTER_S = 60;
/** HTTP 507 Insufficient Storage (RFC 4918): the server cannot store what the request needs. */
export const INSUFFICIENT_STORAGE = 507;

export class ApiError extends Error {
  readonly status: number;
  /** Seconds the client should wait before retrying (sent as Retry-After on 429, 503 and 507). */
  readonly retryAfterS: number | undefined;

  constructor(status: number, message: string, retryAfterS?: number) {
    super(message);
    this.status = status;
    this.retryAfterS = retryAfterS;
  }
}
