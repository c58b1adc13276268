// What the share and embed pages show, read straight from the repositories (no HTTP hop).
// Wrapped in React's cache() so generateMetadata and the page share one set of queries. Reads of
// large latest runs draw on the client's large-read budget: once it is spent the page shows the
// snippet without its stored run (it can be run again), rather than an error.
import { cache } from 'react';
import { headers } from 'next/headers';
import { ApiError } from '@/lib/http/errors.ts';
import type { Db } from '@/lib/db/client.ts';
import { enforceLargeReadLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';
import { resultBytes } from '@/lib/runner/result-size.ts';
import { toRunRecord, toSnippetResponse, type RunRecord, type SnippetResponse } from '@/lib/api/snippet-response.ts';
import { isWellFormedId, SNIPPET_ID_CHARS } from '@/lib/db/ids.ts';
import { database } from '@/lib/db/database.ts';
import { findSnippet } from '@/lib/db/snippets.ts';
import { latestRunOfCode, listRuns } from '@/lib/db/runs.ts';

export interface SnippetPageData {
  /** isOwner is false here: ownership depends on the request, see ownsSnippet. */
  snippet: SnippetResponse;
  runs: RunRecord[];
  forkedFrom: { id: string; title: string } | null;
}

/**
 * The latest run of exactly `code` (never a later draft's), or null when there is none or this
 * client's reads of large runs are spent.
 */
async function latestRunWithinBudget(db: Db, id: string, code: string) {
  const request = new Request('http://page.invalid/', { headers: await headers() });
  const charge = await clientKeyFor(db, request).then((client) => enforceLargeReadLimit(db, client)).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 429) return null;
    throw error;
  });
  if (!charge) return null;
  const run = await latestRunOfCode(db, id, code);
  if (run) await charge(resultBytes(run.result));
  return run;
}

export const loadSnippetPage = cache(async (id: string): Promise<SnippetPageData | null> => {
  if (!isWellFormedId(id, SNIPPET_ID_CHARS)) return null; // junk ids never reach the database
  const db = await database();
  const [snippet, runs] = await Promise.all([findSnippet(db, id), listRuns(db, id)]);
  if (!snippet) return null;
  const run = await latestRunWithinBudget(db, id, snippet.code);
  const original = snippet.forkedFromId ? await findSnippet(db, snippet.forkedFromId) : null;
  return {
    snippet: toSnippetResponse(snippet, run, false),
    runs: runs.map(toRunRecord),
    forkedFrom: original && { id: original.id, title: original.title },
  };
});

/** The embed needs only the latest run: no history query. */
export const loadSnippetForEmbed = cache(async (id: string): Promise<SnippetResponse | null> => {
  if (!isWellFormedId(id, SNIPPET_ID_CHARS)) return null;
  const db = await database();
  const snippet = await findSnippet(db, id);
  return snippet && toSnippetResponse(snippet, await latestRunWithinBudget(db, id, snippet.code), false);
});
