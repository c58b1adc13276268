// Every cookie Taskline writes (session, sign-out, snippet owner) carries HttpOnly, SameSite=Lax
// and Secure; none takes the request, so the attributes cannot depend on whether it came over http or https.
import { describe, expect, it } from 'vitest';
import { clearSessionCookieHeader, SESSION_COOKIE, sessionCookieHeader, setCookieHeader } from './cookies.ts';
import { OWNER_COOKIE_MAX_AGE_S, ownerCookieHeader } from '../http/snippet-owner.ts';
import { SESSION_TTL_MS } from './session-token.ts';

/** name=value first, then each attribute as a lower-case key. */
function parseSetCookie(header: string) {
  const [pair, ...attributes] = header.split('; ');
  const at = pair!.indexOf('=');
  const attrs = new Map(attributes.map((a) => [a.split('=')[0]!.toLowerCase(), a.split('=')[1] ?? true]));
  return { name: pair!.slice(0, at), value: pair!.slice(at + 1), attrs };
}

describe('cookies written', () => {
  const written = {
    session: sessionCookieHeader('token123'),
    'session cleared': clearSessionCookieHeader(),
    owner: ownerCookieHeader('abcDEF1234', 'secret456'),
  };

  it.each(Object.entries(written))('%s: HttpOnly, SameSite=Lax, Secure, Path=/', (_kind, header) => {
    const { attrs } = parseSetCookie(header);
    expect(attrs.get('httponly')).toBe(true);
    expect(attrs.get('secure')).toBe(true);
    expect(attrs.get('samesite')).toBe('Lax');
    expect(attrs.get('path')).toBe('/');
  });

  it('names, values and lifetimes', () => {
    expect(parseSetCookie(written.session)).toMatchObject({ name: SESSION_COOKIE, value: 'token123' });
    expect(parseSetCookie(written.session).attrs.get('max-age')).toBe(String(Math.floor(SESSION_TTL_MS / 1000)));
    expect(parseSetCookie(written['session cleared'])).toMatchObject({ name: SESSION_COOKIE, value: '' });
    expect(parseSetCookie(written['session cleared']).attrs.get('max-age')).toBe('0');
    expect(parseSetCookie(written.owner)).toMatchObject({ name: 'tl_owner_abcDEF1234', value: 'secret456' });
    expect(parseSetCookie(written.owner).attrs.get('max-age')).toBe(String(OWNER_COOKIE_MAX_AGE_S));
  });
});

describe('setCookieHeader', () => {
  it('writes the attributes in a fixed order', () => {
    expect(setCookieHeader('a', 'b', 60)).toBe('a=b; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure');
  });
});
