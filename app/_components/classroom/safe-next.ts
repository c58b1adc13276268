// Where to go after signing in: only a path on this site, so ?next= cannot send anyone elsewhere
// (an open redirect). "//host" and "/\host" are other sites to a browser, so they are refused too.

export const DEFAULT_AFTER_SIGN_IN = '/classes';

export function safeNext(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return DEFAULT_AFTER_SIGN_IN;
  return value;
}
