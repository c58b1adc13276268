// GET /api/snippets/<id>/runs: run history, newest first. POST, for the owner only: run the
// snippet's code (or other code) in the sandbox pool and store the run → 201 {run}; 503 when busy.
import { handler } from '@/lib/http/handler.ts';
import { CreateRunRequest, MAX_SNIPPET_BODY_BYTES } from '@/lib/api/snippet-request.ts';
import { requireCodeWithinLimit, requireSnippetId, snippetNotFound } from '@/lib/http/snippet-params.ts';
import { toRunDetail, toRunRecord } from '@/lib/api/snippet-response.ts';
import { requireSnippetOwner } from '@/lib/http/snippet-owner.ts';
import { runAndRecord } from '@/lib/usecases/snippets/runs.ts';
import { requireDb } from '@/lib/auth/identify.ts';
import { admitClient } from '@/lib/usecases/run-for-client.ts';
import { database } from '@/lib/db/database.ts';
import { findSnippet } from '@/lib/db/snippets.ts';
import { listRuns } from '@/lib/db/runs.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, {}, async ({ params }) => {
    const id = requireSnippetId(params.id);
    const db = await database();
    const [snippet, runs] = await Promise.all([findSnippet(db, id), listRuns(db, id)]);
    if (!snippet) throw snippetNotFound(id);
    return Response.json({ runs: runs.map(toRunRecord) });
  });
}

export async function POST(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { origin: 'not-cross-site', body: { schema: CreateRunRequest, maxBytes: MAX_SNIPPET_BODY_BYTES, optional: true }, identify: 'caller' }, async ({ caller, params, body }) => {
    const id = requireSnippetId(params.id);
    const { code: requested } = await body();
    requireCodeWithinLimit(requested);
    const db = requireDb(caller); // the run is stored
    const snippet = await findSnippet(db, id);
    if (!snippet) throw snippetNotFound(id);
    // A stored run is a row of up to MAX_STORED_RESULT_BYTES in someone's history: the owner's call
    // alone (anyone wrote 4 MB per POST on others' snippets). Others run it through /api/run.
    await requireSnippetOwner(db, id, request);
    // A recorded run costs a sandbox run and a stored row: it draws on the run budget.
    const runs = await admitClient(caller, { signal: request.signal });
    const run = await runAndRecord(db, runs, id, requested ?? snippet.code);
    await runs.charge();
    if (!run) throw snippetNotFound(id);
    return Response.json({ run: toRunDetail(run) }, { status: 201 });
  });
}
