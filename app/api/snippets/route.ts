// POST /api/snippets: save a snippet (optionally with a fresh run) → 201 with the owner secret,
// which is also set as this snippet's httpOnly owner cookie.
import { handler } from '@/lib/http/handler.ts';
import { CreateSnippetRequest, MAX_SNIPPET_BODY_BYTES } from '@/lib/api/snippet-request.ts';
import { toCreatedSnippetResponse } from '@/lib/api/snippet-response.ts';
import { ownerCookieHeader } from '@/lib/http/snippet-owner.ts';
import { runAndRecord } from '@/lib/usecases/snippets/runs.ts';
import { requireDb } from '@/lib/auth/identify.ts';
import { admitClient, requireCodeWithinLimit, RunnerBusyError } from '@/lib/usecases/run-for-client.ts';
import { createSnippet } from '@/lib/db/snippets.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handler(request, undefined, { origin: 'not-cross-site', body: { schema: CreateSnippetRequest, maxBytes: MAX_SNIPPET_BODY_BYTES }, identify: 'caller' }, async ({ caller, body }) => {
    const { title, code, run } = await body();
    requireCodeWithinLimit(code);
    const db = requireDb(caller); // a save needs the database
    const runs = await admitClient(caller, { actions: run ? ['save', 'run'] : ['save'] });
    const { snippet, ownerSecret } = await createSnippet(db, { title, code });
    // A busy pool must not lose the save: the snippet is stored without a run instead.
    const stored = run ? await runAndRecord(db, runs, snippet.id, code).catch((e: unknown) => (e instanceof RunnerBusyError ? null : Promise.reject(e))) : null;
    await runs.charge();
    return Response.json(toCreatedSnippetResponse(snippet, ownerSecret, stored), {
      status: 201,
      headers: { 'Set-Cookie': ownerCookieHeader(snippet.id, ownerSecret) },
    });
  });
}
