// Calls POST /api/explore and POST /api/run with a schedule (the replay of one outcome). A failed
// program is data; only a failed request is an error, worded for a person.
import type { RunResult } from '@/lib/runner/protocol.ts';
import type { ExploreReport } from '@/lib/runner/explore/report.ts';
import { apiErrorMessage, RequestError } from '../../_lib/request-error.ts';

async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new RequestError('Could not reach the server. Is it running?', 0);
  }
  if (response.status === 503) throw new RequestError('The runner is busy with other programs. Try again in a moment.', 503);
  if (response.status === 429) {
    throw new RequestError(`Too many runs — try again in ${response.headers.get('retry-after') ?? 'a few'} s.`, 429);
  }
  if (!response.ok) {
    throw new RequestError((await apiErrorMessage(response)) ?? `The server answered ${response.status} ${response.statusText}.`, response.status);
  }
  return (await response.json()) as T;
}

export function requestExplore(code: string, jitter: number, signal?: AbortSignal): Promise<ExploreReport> {
  return postJson<ExploreReport>('/api/explore', jitter > 0 ? { code, jitter } : { code }, signal);
}

/** One outcome's full run (trace, console, choice points), replayed from its schedule. */
export function requestReplay(code: string, schedule: string, signal?: AbortSignal): Promise<RunResult> {
  return postJson<RunResult>('/api/run', { code, schedule }, signal);
}
