// Checks shared by the snippet API's adapters: malformed ids are 404 before any query, code over
// the limit is 413, and endpoints whose body is optional accept none at all.
import type { z } from 'zod';
import { ApiError } from './errors.ts';
import { parseJson, readBodyText } from './read-json.ts';
import { isWellFormedId, RUN_ID_CHARS, SNIPPET_ID_CHARS } from '../db/ids.ts';

/** The one code-size check (bytes), shared with every route that runs code. */
export { requireCodeWithinLimit } from '../usecases/run-for-client.ts';

export function snippetNotFound(id: string): ApiError {
  return new ApiError(404, `no snippet with id ${JSON.stringify(id)}`);
}

export function requireSnippetId(id: string): string {
  if (!isWellFormedId(id, SNIPPET_ID_CHARS)) throw snippetNotFound(id);
  return id;
}

export function runNotFound(id: string): ApiError {
  return new ApiError(404, `no run with id ${JSON.stringify(id)}`);
}

export function requireRunId(id: string): string {
  if (!isWellFormedId(id, RUN_ID_CHARS)) throw runNotFound(id);
  return id;
}

/**
 * Like readJson, but an absent or empty body reads as `{}` (a bodyless POST arrives in Next.js as
 * an empty stream without content-length). The bytes are read under the same limit first.
 */
export async function readOptionalJson<T extends z.ZodType>(request: Request, schema: T, maxBytes: number): Promise<z.infer<T>> {
  const text = await readBodyText(request, maxBytes);
  return parseJson(text.trim() ? text : '{}', schema);
}
