// The site's origin for og:url and CSRF comes from TASKLINE_PUBLIC_URL; a Host header is trusted
// only to name this machine, and X-Forwarded-* never (they are not even read).
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, isSiteSource, siteOrigin } from './site-origin.ts';

describe('siteOrigin', () => {
  it('is the configured public origin, whatever Host says', () => {
    expect(siteOrigin('https://taskline.example', 'evil.example')).toBe('https://taskline.example');
    expect(siteOrigin('https://taskline.example', null)).toBe('https://taskline.example');
  });

  it('without the setting, is a loopback Host only', () => {
    expect(siteOrigin(null, 'localhost:3000')).toBe('http://localhost:3000');
    expect(siteOrigin(null, '127.0.0.1:4300')).toBe('http://127.0.0.1:4300');
    expect(siteOrigin(null, '[::1]:3000')).toBe('http://[::1]:3000');
    for (const host of ['evil.example', 'localhost.evil.example', 'localhost@evil.example', '127.0.0.1.evil.example', '']) {
      expect(siteOrigin(null, host), host).toBeNull();
    }
  });

  it('matches a source by exact origin when configured (scheme and port too)', () => {
    const site = 'https://taskline.example';
    expect(isSiteSource(new URL('https://taskline.example/x'), site, true)).toBe(true);
    expect(isSiteSource(new URL('http://taskline.example'), site, true)).toBe(false);
    expect(isSiteSource(new URL('https://taskline.example:8443'), site, true)).toBe(false);
    expect(isLoopbackHost('localhost:1')).toBe(true);
  });
});
