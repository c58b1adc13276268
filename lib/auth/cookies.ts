// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
// POSTs) and always Secure, written by lib/http/cookie.ts.
import { parseCookieHeader } from '../http/snippet-owner.ts';
import { setCookieHeader } from '../http/cookie.ts';
import { SESSION_TTL_MS } from './session-token.ts';

export const SESSION_COOKIE = 'tl_session';

// The request parameter is kept for the route adapters' call sites; the attributes no longer
// depend on it (Secure is unconditional).
export const sessionCookieHeader = (_request: Request, token: string) => setCookieHeader(SESSION_COOKIE, token, Math.floor(SESSION_TTL_MS / 1000));
export const clearSessionCookieHeader = (_request: Request) => setCookieHeader(SESSION_COOKIE, '', 0);

export function sessionTokenFrom(request: { headers: Pick<Headers, 'get'> }): string | null {
  return parseCookieHeader(request.headers.get('cookie')).find((c) => c.name === SESSION_COOKIE)?.value || null;
}
