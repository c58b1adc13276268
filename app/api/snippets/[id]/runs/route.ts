// GET /api/snippets/<id>/runs: run history, newest first. POST: run the snippet's code (or, for
// the owner only, other code) in the sandbox pool and store the run → 201 {run}; 503 when busy.
import { ApiError, errorResponse } from '@/lib/api/errors.ts';
import { CreateRunRequest, MAX_SNIPPET_BODY_BYTES } from '@/lib/api/snippet-request.ts';
import { readOptionalJson, requireCodeWithinLimit, requireSnippetId, snippetNotFound } from '@/lib/api/snippet-params.ts';
import { toRunDetail, toRunRecord } from '@/lib/api/snippet-response.ts';
import { presentedSecrets } from '@/lib/api/snippet-owner.ts';
import { runAndRecord } from '@/lib/api/snippet-runs.ts';
import { identify, requireDb } from '@/lib/auth/identify.ts';
import { admitClient } from '@/lib/usecases/run-for-client.ts';
import { database } from '@/lib/db/database.ts';
import { findSnippet, isSnippetOwner } from '@/lib/db/snippets.ts';
import { listRuns } from '@/lib/db/runs.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(_request: Request, context: Context): Promise<Response> {
  try {
    const id = requireSnippetId((await context.params).id);
    const db = await database();
    const [snippet, runs] = await Promise.all([findSnippet(db, id), listRuns(db, id)]);
    if (!snippet) throw snippetNotFound(id);
    return Response.json({ runs: runs.map(toRunRecord) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, context: Context): Promise<Response> {
  try {
    const id = requireSnippetId((await context.params).id);
    const body = await readOptionalJson(request, CreateRunRequest, MAX_SNIPPET_BODY_BYTES);
    requireCodeWithinLimit(body.code);
    const caller = await identify(request, database);
    const db = requireDb(caller); // the run is stored
    // A recorded run costs a sandbox run and a stored row: it draws on the run budget.
    const runs = await admitClient(caller, { signal: request.signal });
    const snippet = await findSnippet(db, id);
    if (!snippet) throw snippetNotFound(id);
    const code = body.code ?? snippet.code;
    // Anyone may re-run the saved code; recording other code in someone's history is the owner's call.
    if (code !== snippet.code && !(await isSnippetOwner(db, id, presentedSecrets(request, id)))) {
      throw new ApiError(403, 'only the owner can record runs of other code; fork the snippet instead');
    }
    const run = await runAndRecord(db, runs, id, code);
    await runs.charge();
    if (!run) throw snippetNotFound(id);
    return Response.json({ run: toRunDetail(run) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
