// A failed call to Taskline's JSON API as the browser sees it: a message a person can act on and
// the HTTP status (0 when the server could not be reached). Shared by the run, snippet and
// classroom clients.

export class RequestError extends Error {
  readonly httpStatus: number;
  constructor(message: string, httpStatus: number) {
    super(message);
    this.name = 'RequestError';
    this.httpStatus = httpStatus;
  }
}

/** The `{ error }` message of an API answer, if its body is JSON with one. */
export async function apiErrorMessage(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON (a proxy's error page): the caller words a generic message.
  }
  return undefined;
}
