// The classroom pages' calls to the JSON API. Same-origin fetch sends Origin, which is the CSRF
// check. Failures become RequestErrors whose message a person can act on.
import { apiErrorMessage, RequestError } from '../../_lib/request-error.ts';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');

async function describe(response: Response): Promise<string> {
  if (response.status === 503) return 'Every sandbox is busy grading other programs. Try again in a moment.';
  const message = await apiErrorMessage(response);
  return message === undefined ? `The server answered ${response.status} ${response.statusText}.` : sentence(message);
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
