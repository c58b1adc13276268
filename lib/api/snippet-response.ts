// Wire shapes of the snippet API's answers, and the mapping from repository records to them.
// Dates travel as ISO strings; the owner secret appears only in the creation answer.
import { z } from 'zod';
import { RUN_STATUSES, type RunResult, type RunStatus } from '../runner/protocol.ts';
import type { SnippetRecord } from '../db/snippets.ts';
import type { RunSummary, StoredRun } from '../db/runs.ts';

/** One run as the history lists it. */
export const RunRecord = z.object({
  id: z.string(),
  snippetId: z.string().nullable(),
  status: z.enum(RUN_STATUSES),
  virtualMs: z.number(),
  wallMs: z.number(),
  cpuMs: z.number(),
  taskCount: z.number(),
  codeHash: z.string(),
  runnerVersion: z.string(),
  createdAt: z.string(),
});
export type RunRecord = z.infer<typeof RunRecord>;

/** A run with its full RunResult: the timeline the author saw, without running again. */
export const RunDetail = RunRecord.extend({
  result: z.custom<RunResult>((value) => typeof value === 'object' && value !== null),
  /** The exact code that produced the run; null for runs stored before runs kept their code. */
  code: z.string().nullable(),
});
export type RunDetail = z.infer<typeof RunDetail>;

export const SnippetResponse = z.object({
  id: z.string(),
  title: z.string(),
  code: z.string(),
  forkedFromId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Whether this request carried the owner secret: the UI shows Save for owners, Fork for others. */
  isOwner: z.boolean(),
  /** Path of the share page. */
  url: z.string(),
  latestRun: RunDetail.nullable(),
});
export type SnippetResponse = z.infer<typeof SnippetResponse>;

/** Answer to POST /api/snippets and POST /api/snippets/<id>/fork. */
export const CreatedSnippetResponse = z.object({
  id: z.string(),
  /** Returned this once; the database keeps only its hash. */
  ownerSecret: z.string(),
  url: z.string(),
  /** Private edit link: the secret rides in the fragment, which browsers never send to servers. */
  editUrl: z.string(),
  snippet: SnippetResponse,
});
export type CreatedSnippetResponse = z.infer<typeof CreatedSnippetResponse>;

export const RunHistoryResponse = z.object({ runs: z.array(RunRecord) });
export type RunHistoryResponse = z.infer<typeof RunHistoryResponse>;

export const CreatedRunResponse = z.object({ run: RunDetail });
export type CreatedRunResponse = z.infer<typeof CreatedRunResponse>;

export const snippetPath = (id: string) => `/s/${id}`;
export const editPath = (id: string, ownerSecret: string) => `${snippetPath(id)}#owner=${ownerSecret}`;

export function toRunRecord(run: RunSummary): RunRecord {
  return { ...run, status: run.status as RunStatus, createdAt: run.createdAt.toISOString() };
}

export function toRunDetail(run: StoredRun): RunDetail {
  return { ...toRunRecord(run.summary), result: run.result, code: run.code };
}

export function toSnippetResponse(snippet: SnippetRecord, latestRun: StoredRun | null, isOwner: boolean): SnippetResponse {
  return {
    ...snippet,
    createdAt: snippet.createdAt.toISOString(),
    updatedAt: snippet.updatedAt.toISOString(),
    isOwner,
    url: snippetPath(snippet.id),
    latestRun: latestRun && toRunDetail(latestRun),
  };
}

export function toCreatedSnippetResponse(snippet: SnippetRecord, ownerSecret: string, latestRun: StoredRun | null): CreatedSnippetResponse {
  return {
    id: snippet.id,
    ownerSecret,
    url: snippetPath(snippet.id),
    editUrl: editPath(snippet.id, ownerSecret),
    snippet: toSnippetResponse(snippet, latestRun, true),
  };
}
