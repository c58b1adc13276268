// Calls POST /api/run. A failed program is data (a RunResult); only a failed request is an error.
import type { RunResult } from '@/lib/runner/protocol';

export class RunRequestError extends Error {
  readonly httpStatus: number;
  constructor(message: string, httpStatus: number) {
    super(message);
    this.name = 'RunRequestError';
    this.httpStatus = httpStatus;
  }
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON: fall through to the generic message.
  }
  return `The server answered ${response.status} ${response.statusText}.`;
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
    throw new RunRequestError('Could not reach the server. Is it running?', 0);
  }
  if (response.status === 503) {
    throw new RunRequestError('The runner is busy with other programs. Try again in a moment.', 503);
  }
  if (response.status === 429) {
    throw new RunRequestError(`Too many runs — try again in ${response.headers.get('retry-after') ?? 'a few'} s.`, 429);
  }
  if (!response.ok) throw new RunRequestError(await errorMessage(response), response.status);
  return (await response.json()) as RunResult;
}
