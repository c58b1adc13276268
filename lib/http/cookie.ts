// The one Set-Cookie writer: every cookie Taskline sets is HttpOnly, SameSite=Lax and Secure, on
// every transport. Browsers accept Secure cookies from http://localhost (a secure context), so
// development and the e2e suite work over plain http; any other host must be served over HTTPS.

/**
 * Why Lax and not Strict: a shared /s/<id> link opened from chat or mail is a cross-site top-level
 * navigation, and the owner (and a signed-in student) must arrive recognised. Lax still keeps the
 * cookies off cross-site POST/PUT/DELETE and subresource requests (CSRF), and lib/auth/csrf.ts
 * checks Origin on top.
 */
export const COOKIE_SAME_SITE = 'Lax';

export function setCookieHeader(name: string, value: string, maxAgeS: number): string {
  return [`${name}=${value}`, 'Path=/', `Max-Age=${maxAgeS}`, 'HttpOnly', `SameSite=${COOKIE_SAME_SITE}`, 'Secure'].join('; ');
}
