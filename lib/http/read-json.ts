// Every request body passes through here, under a byte limit named by its route: too large → 413,
// not JSON → 400, wrong shape → 422. Routes that take no body refuse one (limit 0).
import type { z } from 'zod';
import { ApiError, describeIssues } from './errors.ts';
import { loneSurrogatePath } from './well-formed.ts';

/** The limit of routes whose requests carry no body (sign-out, regrade, removing a student). */
export const NO_BODY_BYTES = 0;
/** nginx's "client closed request": nobody reads this answer, but logs and tests can tell it apart. */
export const CLIENT_CLOSED_REQUEST = 499;

/**
 * The client went away while sending its body. Node errors the stream with ECONNRESET, which
 * errorResponse would otherwise take for the database's socket and log as a "database fault".
 */
export class ClientGoneError extends ApiError {
  constructor() {
    super(CLIENT_CLOSED_REQUEST, 'the client closed the request before sending all of it');
  }
}

/**
 * The body as text, refused with 413 once it passes `maxBytes`: at once when Content-Length says
 * so, else as soon as the streamed bytes do (chunked uploads declare no length), so no more than
 * one chunk past the limit is ever held.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new ApiError(413, `request body is ${declared} bytes; the limit is ${maxBytes}`);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new ClientGoneError();
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ApiError(413, `request body exceeds the limit of ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** For routes that take no body: any byte of one is refused with 413. */
export async function refuseBody(request: Request): Promise<void> {
  await readBodyText(request, NO_BODY_BYTES);
}

/** Parses and validates text already read under a limit. */
export function parseJson<T extends z.ZodType>(text: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'request body is not valid JSON');
  }
  const bad = loneSurrogatePath(text, raw);
  if (bad) throw new ApiError(422, `invalid request: ${bad.join('.') || 'the body'} contains a lone surrogate (\\uD800–\\uDFFF); text must be valid Unicode`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiError(422, `invalid request: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export async function readJson<T extends z.ZodType>(request: Request, schema: T, maxBytes: number): Promise<z.infer<T>> {
  return parseJson(await readBodyText(request, maxBytes), schema);
}
