// How errors map to HTTP (ApiError itself lives in lib/api-error.ts): a malformed request is the
// client's (4xx, clear message); a database down or full is a 503/507 the client may retry; anything
// else is ours (500, logged, never leaking internals).
import type { z } from 'zod';
import { databaseFault } from '../db/prisma-errors.ts';
import { ApiError, DB_UNAVAILABLE_RETRY_AFTER_S, INSUFFICIENT_STORAGE, STORAGE_FULL_RETRY_AFTER_S } from '../api-error.ts';

export { ApiError, DB_UNAVAILABLE_RETRY_AFTER_S, INSUFFICIENT_STORAGE, STORAGE_FULL_RETRY_AFTER_S } from '../api-error.ts';

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

/** The ApiError a database fault answers as, or undefined when the error is not one. */
function databaseFaultError(error: unknown): ApiError | undefined {
  const fault = databaseFault(error);
  if (fault === 'unavailable') {
    return new ApiError(503, 'the database is unavailable right now; please retry in a few seconds', DB_UNAVAILABLE_RETRY_AFTER_S);
  }
  if (fault === 'full') {
    return new ApiError(INSUFFICIENT_STORAGE, 'storage is full: the server cannot save anything more until space is freed', STORAGE_FULL_RETRY_AFTER_S);
  }
  return undefined;
}

/** What an error answers as: status, the client's message and Retry-After (logged here when it is ours). */
export function errorAnswer(error: unknown): { status: number; message: string; retryAfterS?: number } {
  const fault = error instanceof ApiError ? undefined : databaseFaultError(error);
  if (fault) console.warn(`taskline: database fault (${fault.status}):`, error instanceof Error ? error.message.trim().split('\n').pop() : error);
  const known = error instanceof ApiError ? error : fault;
  if (known) return { status: known.status, message: known.message, ...(known.retryAfterS === undefined ? {} : { retryAfterS: known.retryAfterS }) };
  console.error('taskline: internal error', error);
  return { status: 500, message: 'internal error: the server failed to handle this request' };
}

export function errorResponse(error: unknown): Response {
  const { status, message, retryAfterS } = errorAnswer(error);
  const headers = retryAfterS === undefined ? undefined : { 'Retry-After': String(retryAfterS) };
  return Response.json({ error: message }, { status, headers });
}
