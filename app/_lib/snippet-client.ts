// Browser calls to the snippet API (prisma/README.md). Owner proof rides in the httpOnly cookie
// automatically; a secret from a private edit link is added as `x-owner-secret`.
import { RequestError } from './request-error.ts';
import type { CreatedRunResponse, CreatedSnippetResponse, RunDetail, RunHistoryResponse, SnippetResponse } from '@/lib/api/snippet-response.ts';

async function call<T>(path: string, init: { method?: string; body?: unknown; ownerSecret?: string | null } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.ownerSecret) headers['x-owner-secret'] = init.ownerSecret;
  let response: Response;
  try {
    response = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  } catch {
    throw new RequestError('Could not reach the server. Is it running?', 0);
  }
  const body = (await response.json().catch(() => null)) as ({ error?: string } & T) | null;
  if (!response.ok) {
    const message = response.status === 503 ? 'Every sandbox is busy. Try again in a moment.' : body?.error ?? `The server answered ${response.status}.`;
    throw new RequestError(message, response.status);
  }
  return body as T;
}

export function createSnippet(title: string, code: string): Promise<CreatedSnippetResponse> {
  // run: true stores the run with the snippet; the server's result cache makes a just-run program free.
  return call('/api/snippets', { method: 'POST', body: { title, code, run: true } });
}

export function fetchSnippet(id: string, ownerSecret: string | null): Promise<SnippetResponse> {
  return call(`/api/snippets/${id}`, { ownerSecret });
}

export function updateSnippet(id: string, changes: { title?: string; code?: string }, ownerSecret: string | null): Promise<SnippetResponse> {
  return call(`/api/snippets/${id}`, { method: 'PUT', body: changes, ownerSecret });
}

export function forkSnippet(id: string): Promise<CreatedSnippetResponse> {
  return call(`/api/snippets/${id}/fork`, { method: 'POST' });
}

/** Runs the saved code, or (owner only) `code`, and stores the run in the history. */
export async function runSnippet(id: string, code: string | null, ownerSecret: string | null): Promise<RunDetail> {
  const answer = await call<CreatedRunResponse>(`/api/snippets/${id}/runs`, { method: 'POST', body: code === null ? {} : { code }, ownerSecret });
  return answer.run;
}

export async function listRuns(id: string): Promise<RunHistoryResponse['runs']> {
  return (await call<RunHistoryResponse>(`/api/snippets/${id}/runs`)).runs;
}

export function fetchRun(runId: string): Promise<RunDetail> {
  return call(`/api/runs/${runId}`);
}
