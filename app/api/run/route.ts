// POST /api/run: run a program and return its RunResult. A program that fails is data (200);
// a malformed request is 400/413/422; too many runs from one client is 429 and an overloaded pool
// 503 { error }, both with Retry-After. Runs go ahead while the database is down. The production
// server answers this path without Next (lib/http/run-endpoint.ts); both share runRequested.
import { handler } from '@/lib/http/handler.ts';
import { readBodyText } from '@/lib/http/read-json.ts';
import { MAX_RUN_BODY_BYTES, runRequested } from '@/lib/http/run-request-handler.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The body is read as text, not through `body`: runRequested parses it, as the server's fast path does. */
export async function POST(request: Request): Promise<Response> {
  return handler(request, undefined, {}, async () => Response.json(await runRequested(await readBodyText(request, MAX_RUN_BODY_BYTES), request, request.signal)));
}
