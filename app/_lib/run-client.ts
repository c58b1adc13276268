// Calls POST /api/run. A failed program is data (a RunResult); only a failed request is an error.
import type { RunResult } from '@/lib/runner/protocol.ts';
import { apiErrorMessage, RequestError } from './request-error.ts';

async function errorMessage(response: Response): Promise<string> {
  return (await apiErrorMessage(response)) ?? `The server answered ${response.status} ${response.statusText}.`;
}

export async function requestRun(code: string, signal: AbortSignal): Promise<RunResult> {
  let response: Response;
  try {
    response = await fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
      signal,
    });
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new RequestError('Could not reach the server. Is it running?', 0);
  }
  if (response.status === 503) {
    throw new RequestError('The runner is busy with other programs. Try again in a moment.', 503);
  }
  if (response.status === 429) {
    throw new RequestError(`Too many runs — try again in ${response.headers.get('retry-after') ?? 'a few'} s.`, 429);
  }
  if (!response.ok) throw new RequestError(await errorMessage(response), response.status);
  return (await response.json()) as RunResult;
}
