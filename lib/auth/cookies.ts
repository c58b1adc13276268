// The cookies Taskline sets and reads: the one Set-Cookie writer (every cookie HttpOnly, SameSite=Lax
// and Secure on every transport; browsers accept Secure from http://localhost, so development and e2e
// work over plain http), the Cookie-header parser, and the session cookie.
import { SESSION_TTL_MS } from './session-token.ts';

/**
 * Why Lax and not Strict: a shared /s/<id> link opened from chat or mail is a cross-site top-level
 * navigation, and the owner (and a signed-in student) must arrive recognised. Lax still keeps the
 * cookies off cross-site POST/PUT/DELETE and subresource requests (CSRF), and lib/http/csrf.ts
 * checks Origin on top.
 */
export const COOKIE_SAME_SITE = 'Lax';

export function setCookieHeader(name: string, value: string, maxAgeS: number): string {
  return [`${name}=${value}`, 'Path=/', `Max-Age=${maxAgeS}`, 'HttpOnly', `SameSite=${COOKIE_SAME_SITE}`, 'Secure'].join('; ');
}

/** name=value pairs of a Cookie header. */
export function parseCookieHeader(header: string | null): Array<{ name: string; value: string }> {
  if (!header) return [];
  return header.split(';').flatMap((pair) => {
    const at = pair.indexOf('=');
    return at > 0 ? [{ name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() }] : [];
  });
}

export const SESSION_COOKIE = 'tl_session';

// The attributes do not depend on the request: Secure is unconditional.
export const sessionCookieHeader = (token: string) => setCookieHeader(SESSION_COOKIE, token, Math.floor(SESSION_TTL_MS / 1000));
export const clearSessionCookieHeader = () => setCookieHeader(SESSION_COOKIE, '', 0);

export function sessionTokenFrom(request: { headers: Pick<Headers, 'get'> }): string | null {
  return parseCookieHeader(request.headers.get('cookie')).find((c) => c.name === SESSION_COOKIE)?.value || null;
}
