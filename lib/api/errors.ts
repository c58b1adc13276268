// Errors an API adapter maps to HTTP: a malformed request is the client's (4xx, with a clear
// message); anything else is ours (500, logged, never leaking internals).
import type { z } from 'zod';

export class ApiError extends Error {
  readonly status: number;
  /** Seconds the client should wait before retrying (sent as Retry-After on 429 and 503). */
  readonly retryAfterS: number | undefined;

  constructor(status: number, message: string, retryAfterS?: number) {
    super(message);
    this.status = status;
    this.retryAfterS = retryAfterS;
  }
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    const headers = error.retryAfterS === undefined ? undefined : { 'Retry-After': String(error.retryAfterS) };
    return Response.json({ error: error.message }, { status: error.status, headers });
  }
  console.error('taskline: internal error', error);
  return Response.json({ error: 'internal error: the server failed to handle this request' }, { status: 500 });
}
