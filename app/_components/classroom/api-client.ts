// The classroom pages' calls to the JSON API. Same-origin fetch sends Origin, which is the CSRF
// check. Failures become RequestErrors whose message a person can act on.

export class RequestError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'RequestError';
    this.status = status;
  }
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');

async function describe(response: Response): Promise<string> {
  if (response.status === 503) return 'Every sandbox is busy grading other programs. Try again in a moment.';
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return sentence(body.error);
  } catch {
    // Not JSON (a proxy error page): fall through.
  }
  return `The server answered ${response.status} ${response.statusText}.`;
}

export async function sendJson<T>(url: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new RequestError('Could not reach the server. Check your connection and try again.', 0);
  }
  if (!response.ok) throw new RequestError(await describe(response), response.status);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
