// Where to go after signing in: only a path on this site, so ?next= cannot send anyone elsewhere
// (an open redirect), and only text that is valid in a Location header (a newline gave a 500).

export const DEFAULT_AFTER_SIGN_IN = '/classes';

/** A base no real request has: what `next` resolves against must stay on it. */
const PROBE_ORIGIN = 'https://taskline.invalid';
/** Longest ?next= kept, in characters; anything longer is not a link we made. */
export const MAX_NEXT_CHARS = 2_048;
/**
 * Controls, spaces and backslashes: browsers drop tab and newline inside URLs ("/\t/evil" becomes
 * "//evil", another site) and read "\" as "/"; none of them appears in a path we link to.
 */
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u00a0\\\u2028\u2029]/;

export function safeNext(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || value.length > MAX_NEXT_CHARS || !value.startsWith('/') || UNSAFE_CHARS.test(value)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  // Resolving is what a browser does with the Location header: it must not leave this site.
  if (url.origin !== PROBE_ORIGIN) return DEFAULT_AFTER_SIGN_IN;
  return `${url.pathname}${url.search}${url.hash}`;
}
