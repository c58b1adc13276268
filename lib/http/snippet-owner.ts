// How a request proves it owns a snippet: a per-snippet httpOnly cookie set at creation, or the
// secret from the private edit link sent as `Authorization: Bearer` or `x-owner-secret`.
// One cookie per snippet needs no server-side signing key, so any instance behind a load
// balancer can verify it; the browser's cookie cap (~180 per site) bounds how many it remembers.
import type { OwnerCredential } from '../db/recent.ts';
import { isWellFormedId, SNIPPET_ID_CHARS } from '../db/ids.ts';
import { parseCookieHeader, setCookieHeader } from '../auth/cookies.ts';
import type { Db } from '../db/client.ts';
import { isSnippetOwner } from '../db/snippets.ts';
import { ApiError } from './errors.ts';

export const OWNER_COOKIE_PREFIX = 'tl_owner_';
/** Owner cookies last as long as browsers allow (Chrome caps Max-Age at 400 days), in seconds. */
export const OWNER_COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;

export const ownerCookieName = (id: string) => `${OWNER_COOKIE_PREFIX}${id}`;

/**
 * The Set-Cookie value handing the author their secret. HttpOnly keeps it from scripts, Secure
 * off plain-http hops, SameSite=Lax off cross-site POSTs and PUTs (CSRF) while top-level links
 * still carry it. The same whichever way the request came (Secure is unconditional).
 */
export function ownerCookieHeader(id: string, secret: string): string {
  return setCookieHeader(ownerCookieName(id), secret, OWNER_COOKIE_MAX_AGE_S);
}

/** Every owner credential among cookies: for "your snippets" (pass next/headers cookies().getAll()). */
export function ownerCredentials(cookies: Iterable<{ name: string; value: string }>): OwnerCredential[] {
  const credentials: OwnerCredential[] = [];
  for (const { name, value } of cookies) {
    const id = name.slice(OWNER_COOKIE_PREFIX.length);
    if (name.startsWith(OWNER_COOKIE_PREFIX) && isWellFormedId(id, SNIPPET_ID_CHARS) && value) credentials.push({ id, secret: value });
  }
  return credentials;
}

/** Secrets a request presents for snippet `id`, from its cookie and either header. */
export function presentedSecrets(request: Request, id: string): string[] {
  const secrets = parseCookieHeader(request.headers.get('cookie'))
    .filter((cookie) => cookie.name === ownerCookieName(id))
    .map((cookie) => cookie.value);
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (bearer) secrets.push(bearer);
  const header = request.headers.get('x-owner-secret')?.trim();
  if (header) secrets.push(header);
  return secrets;
}

/** Refuses with 403 unless the request proves it owns snippet `id` (storing runs on it, say). */
export async function requireSnippetOwner(db: Db, id: string, request: Request): Promise<void> {
  if (!(await isSnippetOwner(db, id, presentedSecrets(request, id)))) {
    throw new ApiError(403, 'only the owner can store runs on this snippet; run it in the playground, or fork it');
  }
}
