// Calling route adapters directly in tests: a JSON request from one client address (with the
// Origin a same-site POST carries), the params context, the JSON body, and a signed-up session.
import { expect } from 'vitest';
import { POST as signup } from '../auth/signup/route.ts';

export const ORIGIN = 'http://localhost';
export type Json = Record<string, any>;
export type RouteInit = { method?: string; body?: unknown; cookie?: string };

/** A request builder for one client address (each test file its own, so rate limits stay apart). */
export function requestsFrom(address: string): (init?: RouteInit) => Request {
  return (init = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', host: 'localhost', 'x-forwarded-for': address };
    if (init.cookie) headers.cookie = init.cookie;
    if (init.method && init.method !== 'GET') headers.origin = ORIGIN;
    return new Request(`${ORIGIN}/x`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  };
}

export const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
export const body = async (r: Response) => (await r.json()) as Json;

/** Signs up `username` as `role` through the route and returns its session cookie. */
export async function signedUp(request: (init?: RouteInit) => Request, username: string, role: 'teacher' | 'student'): Promise<string> {
  const response = await signup(request({ method: 'POST', body: { username, password: 'a long enough password', role } }));
  expect(response.status).toBe(201);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}
