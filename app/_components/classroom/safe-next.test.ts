// ?next= after sign-in: every spelling a browser would follow off-site, and every text that is not
// valid in a Location header, falls back to the default; real paths pass unchanged.
import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_SIGN_IN, MAX_NEXT_CHARS, safeNext } from './safe-next.ts';

/** Where a browser goes from https://app.example with `Location: <next>`. */
const followed = (next: string) => new URL(next, 'https://app.example').host;

describe('safeNext', () => {
  it.each([
    '/%09/evil.example', '/\t/evil.example', '/\n/evil.example', '/\r/evil.example', '//evil.example', '/\\evil.example',
    '/\\/evil.example', 'https://evil.example', '/ /evil.example', 'javascript:alert(1)', '/\u2028/evil.example',
  ])('refuses %j', (raw) => {
    // The route receives ?next= already percent-decoded, as Next.js gives searchParams.
    const next = safeNext(decodeURIComponent(raw.replace(/%(?![0-9a-f]{2})/gi, '%25')));
    expect(next).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(followed(next)).toBe('app.example');
  });

  it('refuses text a Location header cannot carry (a newline made the redirect a 500)', () => {
    for (const bad of ['/classes\n', '/a\r\nSet-Cookie: x=1', '/\u0000']) expect(safeNext(bad)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeNext(`/${'a'.repeat(MAX_NEXT_CHARS)}`)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('keeps paths on this site, with their query and fragment', () => {
    for (const good of ['/classes', '/assignments/abc123?tab=mine#top', '/s/x1y2']) {
      expect(safeNext(good)).toBe(good);
      expect(followed(safeNext(good))).toBe('app.example');
    }
    expect(safeNext(['/classes/1', '/x'])).toBe('/classes/1');
    expect(safeNext(undefined)).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});
