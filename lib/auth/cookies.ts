// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
// POSTs) and always Secure, written by lib/http/cookie.ts.
import { parseCookieHeader } from '../http/snippet-owner.ts';
import { setCookieHeader } from '../http/cookie.ts';
import { SESSION_TTL_MS } from './session-token.ts';

export const SESSION_COOKIE = 'tl_session';

// The attributes do not depend on the request: Secure is unconditional.
export const sessionCookieHeader = (token: string) => setCookieHeader(SESSION_COOKIE, token, Math.floor(SESSION_TTL_MS / 1000));
export const clearSessionCookieHeader = () => setCookieHeader(SESSION_COOKIE, '', 0);

export function sessionTokenFrom(request: { headers: Pick<Headers, 'get'> }): string | null {
  return parseCookieHeader(request.headers.get('cookie')).find((c) => c.name === SESSION_COOKIE)?.value || null;
}
