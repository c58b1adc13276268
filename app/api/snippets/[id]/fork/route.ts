// POST /api/snippets/<id>/fork: copy a snippet into a new one owned by the caller, recording
// forkedFromId → 201 like creation (owner secret returned once and set as a cookie).
import { handler } from '@/lib/http/handler.ts';
import { ForkSnippetRequest, MAX_SNIPPET_BODY_BYTES } from '@/lib/api/snippet-request.ts';
import { requireSnippetId, snippetNotFound } from '@/lib/http/snippet-params.ts';
import { toCreatedSnippetResponse } from '@/lib/api/snippet-response.ts';
import { ownerCookieHeader } from '@/lib/http/snippet-owner.ts';
import { database } from '@/lib/db/database.ts';
import { forkSnippet } from '@/lib/db/snippets.ts';
import { copyLatestRunOfCode } from '@/lib/db/runs.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { origin: 'not-cross-site', body: { schema: ForkSnippetRequest, maxBytes: MAX_SNIPPET_BODY_BYTES, optional: true } }, async ({ params, body }) => {
    const id = requireSnippetId(params.id);
    const { title } = await body();
    const db = await database();
    await enforceRateLimit(db, await clientKeyFor(db, request), ['save']);
    const fork = await forkSnippet(db, id, title);
    if (!fork) throw snippetNotFound(id);
    const run = await copyLatestRunOfCode(db, id, fork.snippet.id, fork.snippet.code);
    return Response.json(toCreatedSnippetResponse(fork.snippet, fork.ownerSecret, run), {
      status: 201,
      headers: { 'Set-Cookie': ownerCookieHeader(fork.snippet.id, fork.ownerSecret) },
    });
  });
}
