// The session cookie: httpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
// POSTs), Secure whenever the request came over HTTPS.
import { parseCookieHeader } from '../api/snippet-owner.ts';
import { SESSION_TTL_MS } from './session-token.ts';

export const SESSION_COOKIE = 'tl_session';

export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

function cookie(request: Request, value: string, maxAgeS: number): string {
  const parts = [`${SESSION_COOKIE}=${value}`, 'Path=/', `Max-Age=${maxAgeS}`, 'HttpOnly', 'SameSite=Lax'];
  if (isHttps(request)) parts.push('Secure');
  return parts.join('; ');
}

export const sessionCookieHeader = (request: Request, token: string) => cookie(request, token, Math.floor(SESSION_TTL_MS / 1000));
export const clearSessionCookieHeader = (request: Request) => cookie(request, '', 0);

export function sessionTokenFrom(request: Request): string | null {
  return parseCookieHeader(request.headers.get('cookie')).find((c) => c.name === SESSION_COOKIE)?.value || null;
}
