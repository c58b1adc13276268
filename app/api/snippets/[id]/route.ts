// GET /api/snippets/<id>: the snippet with its latest run. PUT: owner-only update of title and/or
// code (owner cookie, Bearer or x-owner-secret), 403 for anyone else.
import { readJson } from '@/lib/http/read-json.ts';
import { ApiError, errorResponse } from '@/lib/http/errors.ts';
import { MAX_SNIPPET_BODY_BYTES, UpdateSnippetRequest } from '@/lib/api/snippet-request.ts';
import { requireCodeWithinLimit, requireSnippetId, snippetNotFound } from '@/lib/http/snippet-params.ts';
import { toSnippetResponse } from '@/lib/api/snippet-response.ts';
import { presentedSecrets } from '@/lib/http/snippet-owner.ts';
import { database } from '@/lib/db/database.ts';
import { findSnippet, isSnippetOwner, updateSnippet } from '@/lib/db/snippets.ts';
import { latestRun } from '@/lib/db/runs.ts';
import { enforceLargeReadLimit, enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { resultBytes } from '@/lib/runner/result-size.ts';

import { refuseCrossSite } from '@/lib/auth/csrf.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const id = requireSnippetId((await context.params).id);
    const db = await database();
    // The latest run comes with its full result: reads of large ones have a budget (as /api/runs/<id>).
    const chargeRead = await enforceLargeReadLimit(db, request);
    const [snippet, run, isOwner] = await Promise.all([findSnippet(db, id), latestRun(db, id), isSnippetOwner(db, id, presentedSecrets(request, id))]);
    if (!snippet) throw snippetNotFound(id);
    if (run) await chargeRead(resultBytes(run.result));
    return Response.json(toSnippetResponse(snippet, run, isOwner));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PUT(request: Request, context: Context): Promise<Response> {
  try {
    refuseCrossSite(request);
    const id = requireSnippetId((await context.params).id);
    const changes = await readJson(request, UpdateSnippetRequest, MAX_SNIPPET_BODY_BYTES);
    requireCodeWithinLimit(changes.code);
    const db = await database();
    await enforceRateLimit(db, request, ['save']);
    const outcome = await updateSnippet(db, id, presentedSecrets(request, id), changes);
    if (outcome.kind === 'not-found') throw snippetNotFound(id);
    if (outcome.kind === 'forbidden') throw new ApiError(403, 'only the owner can edit this snippet; fork it instead');
    return Response.json(toSnippetResponse(outcome.snippet, await latestRun(db, id), true));
  } catch (error) {
    return errorResponse(error);
  }
}
