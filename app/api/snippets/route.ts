// POST /api/snippets: save a snippet (optionally with a fresh run) → 201 with the owner secret,
// which is also set as this snippet's httpOnly owner cookie.
import { readJson } from '@/lib/http/read-json.ts';
import { errorResponse } from '@/lib/http/errors.ts';
import { CreateSnippetRequest, MAX_SNIPPET_BODY_BYTES } from '@/lib/api/snippet-request.ts';
import { toCreatedSnippetResponse } from '@/lib/api/snippet-response.ts';
import { ownerCookieHeader } from '@/lib/http/snippet-owner.ts';
import { runAndRecord } from '@/lib/usecases/snippets/runs.ts';
import { identify, requireDb } from '@/lib/auth/identify.ts';
import { admitClient, requireCodeWithinLimit, RunnerBusyError } from '@/lib/usecases/run-for-client.ts';
import { database } from '@/lib/db/database.ts';
import { createSnippet } from '@/lib/db/snippets.ts';

import { refuseCrossSite } from '@/lib/auth/csrf.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    refuseCrossSite(request);
    const { title, code, run } = await readJson(request, CreateSnippetRequest, MAX_SNIPPET_BODY_BYTES);
    requireCodeWithinLimit(code);
    const caller = await identify(request, database);
    const db = requireDb(caller); // a save needs the database
    const runs = await admitClient(caller, { actions: run ? ['save', 'run'] : ['save'] });
    const { snippet, ownerSecret } = await createSnippet(db, { title, code });
    // A busy pool must not lose the save: the snippet is stored without a run instead.
    const stored = run ? await runAndRecord(db, runs, snippet.id, code).catch((e: unknown) => (e instanceof RunnerBusyError ? null : Promise.reject(e))) : null;
    await runs.charge();
    return Response.json(toCreatedSnippetResponse(snippet, ownerSecret, stored), {
      status: 201,
      headers: { 'Set-Cookie': ownerCookieHeader(snippet.id, ownerSecret, request) },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
