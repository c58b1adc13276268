// What the share and embed pages show, read straight from the repositories (no HTTP hop).
// Wrapped in React's cache() so generateMetadata and the page share one set of queries.
import { cache } from 'react';
import { toRunRecord, toSnippetResponse, type RunRecord, type SnippetResponse } from '@/lib/api/snippet-response';
import { isWellFormedId, SNIPPET_ID_CHARS } from '@/lib/db/ids';
import { database } from '@/lib/db/database';
import { findSnippet } from '@/lib/db/snippets';
import { latestRunOfCode, listRuns } from '@/lib/db/runs';

export interface SnippetPageData {
  /** isOwner is false here: ownership depends on the request, see ownsSnippet. */
  snippet: SnippetResponse;
  runs: RunRecord[];
  forkedFrom: { id: string; title: string } | null;
}

export const loadSnippetPage = cache(async (id: string): Promise<SnippetPageData | null> => {
  if (!isWellFormedId(id, SNIPPET_ID_CHARS)) return null; // junk ids never reach the database
  const db = await database();
  const [snippet, runs] = await Promise.all([findSnippet(db, id), listRuns(db, id)]);
  if (!snippet) return null;
  // The run shown beside the saved code is a run of exactly that code, never a later draft's.
  const run = await latestRunOfCode(db, id, snippet.code);
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
  return snippet && toSnippetResponse(snippet, await latestRunOfCode(db, id, snippet.code), false);
});
