// GET /api/snippets/<id>: the snippet with its latest run. PUT: owner-only update of title and/or
// code (owner cookie, Bearer or x-owner-secret), 403 for anyone else.
import { handler } from '@/lib/http/handler.ts';
import { ApiError } from '@/lib/api-error.ts';
import { MAX_SNIPPET_BODY_BYTES, UpdateSnippetRequest } from '@/lib/api/snippet-request.ts';
import { requireCodeWithinLimit, requireSnippetId, snippetNotFound } from '@/lib/http/snippet-params.ts';
import { toSnippetResponse } from '@/lib/api/snippet-response.ts';
import { presentedSecrets } from '@/lib/http/snippet-owner.ts';
import { database } from '@/lib/db/database.ts';
import { findSnippet, isSnippetOwner, updateSnippet } from '@/lib/db/snippets.ts';
import { latestRun } from '@/lib/db/runs.ts';
import { enforceLargeReadLimit, enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';
import { resultBytes } from '@/lib/runner/result-size.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, {}, async ({ params }) => {
    const id = requireSnippetId(params.id);
    const db = await database();
    // The latest run comes with its full result: reads of large ones have a budget (as /api/runs/<id>).
    const chargeRead = await enforceLargeReadLimit(db, await clientKeyFor(db, request));
    const [snippet, run, isOwner] = await Promise.all([findSnippet(db, id), latestRun(db, id), isSnippetOwner(db, id, presentedSecrets(request, id))]);
    if (!snippet) throw snippetNotFound(id);
    if (run) await chargeRead(resultBytes(run.result));
    return Response.json(toSnippetResponse(snippet, run, isOwner));
  });
}

export async function PUT(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { origin: 'not-cross-site', body: { schema: UpdateSnippetRequest, maxBytes: MAX_SNIPPET_BODY_BYTES } }, async ({ params, body }) => {
    const id = requireSnippetId(params.id);
    const changes = await body();
    requireCodeWithinLimit(changes.code);
    const db = await database();
    await enforceRateLimit(db, await clientKeyFor(db, request), ['save']);
    const outcome = await updateSnippet(db, id, presentedSecrets(request, id), changes);
    if (outcome.kind === 'not-found') throw snippetNotFound(id);
    if (outcome.kind === 'forbidden') throw new ApiError(403, 'only the owner can edit this snippet; fork it instead');
    return Response.json(toSnippetResponse(outcome.snippet, await latestRun(db, id), true));
  });
}
