// POST /api/snippets/<id>/fork: copy a snippet into a new one owned by the caller, recording
// forkedFromId → 201 like creation (owner secret returned once and set as a cookie).
import { errorResponse } from '@/lib/http/errors.ts';
import { ForkSnippetRequest, MAX_SNIPPET_BODY_BYTES } from '@/lib/api/snippet-request.ts';
import { readOptionalJson, requireSnippetId, snippetNotFound } from '@/lib/http/snippet-params.ts';
import { toCreatedSnippetResponse } from '@/lib/api/snippet-response.ts';
import { ownerCookieHeader } from '@/lib/http/snippet-owner.ts';
import { database } from '@/lib/db/database.ts';
import { forkSnippet } from '@/lib/db/snippets.ts';
import { copyLatestRunOfCode } from '@/lib/db/runs.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';

import { refuseCrossSite } from '@/lib/auth/csrf.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    refuseCrossSite(request);
    const id = requireSnippetId((await context.params).id);
    const { title } = await readOptionalJson(request, ForkSnippetRequest, MAX_SNIPPET_BODY_BYTES);
    const db = await database();
    await enforceRateLimit(db, request, ['save']);
    const fork = await forkSnippet(db, id, title);
    if (!fork) throw snippetNotFound(id);
    const run = await copyLatestRunOfCode(db, id, fork.snippet.id, fork.snippet.code);
    return Response.json(toCreatedSnippetResponse(fork.snippet, fork.ownerSecret, run), {
      status: 201,
      headers: { 'Set-Cookie': ownerCookieHeader(fork.snippet.id, fork.ownerSecret, request) },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
