// The policies and header rules: no remote origin in any CSP, scripts only by nonce or hash on
// documents, eval only in dev, framing open for /embed alone, and which rule covers which path.
import { describe, expect, it } from 'vitest';
import { API_CSP, API_SOURCE, documentCsp, EVERY_SOURCE, PAGE_SOURCE, pageCsp, securityHeaderRules, STATIC_SOURCE } from './security-headers.ts';
import { scriptHash } from './script-hash.ts';

/** Directive name → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

/** Next.js matches `source` with path-to-regexp; this mirrors the shapes we use. */
function matches(source: string, path: string): boolean {
  const pattern = source.replace('/:path*', '(?:/.*)?').replace('/:path(', '/(');
  return new RegExp(`^${pattern}$`).test(path);
}

/** Every header the rules give a path; like Next.js, a later rule's key overrides an earlier one. */
function headersFor(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of securityHeaderRules({ dev: false })) {
    if (matches(rule.source, path)) for (const { key, value } of rule.headers) out.set(key, value);
  }
  return out;
}

const doc = (pathname: string, dev = false) => parseCsp(documentCsp({ pathname, nonce: 'abc123', hashes: [scriptHash('x()')], dev }));

describe('document policy', () => {
  it('names no other origin and no wildcard in any fetch directive', () => {
    for (const [name, sources] of doc('/')) {
      if (name === 'frame-ancestors') continue;
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|'strict-dynamic'|'nonce-abc123'|'sha256-[\w+/=]+'|data:|blob:)$/);
    }
  });

  it('runs scripts by nonce or hash only, never inline ones injected into the page', () => {
    const scripts = doc('/').get('script-src')!;
    expect(scripts).toEqual(["'self'", "'nonce-abc123'", `'${scriptHash('x()')}'`, "'strict-dynamic'"]);
    expect(scripts).not.toContain("'unsafe-inline'");
  });

  it('locks down plugins, <base> and form targets', () => {
    const policy = doc('/s/abc');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
  });

  it("allows 'unsafe-eval' under next dev only", () => {
    expect(doc('/').get('script-src')).not.toContain("'unsafe-eval'");
    expect(doc('/', true).get('script-src')).toContain("'unsafe-eval'");
    expect(parseCsp(pageCsp({ dev: false, frameAncestors: ["'none'"] })).get('script-src')).toEqual(["'self'"]);
  });

  it('lets anyone frame /embed/<id> and no one frame anything else', () => {
    expect(doc('/embed/abc').get('frame-ancestors')).toEqual(['*']);
    for (const path of ['/', '/s/abc', '/classes', '/embedded']) expect(doc(path).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('scriptHash', () => {
  it('is the base64 SHA-256 a browser computes for the inline script', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});

describe('securityHeaderRules', () => {
  it('sources match the paths they are meant for', () => {
    expect(['/', '/s/abc', '/classes/1', '/_next/static/chunks/a.js', '/embedded'].every((p) => matches(PAGE_SOURCE, p))).toBe(true);
    expect(['/embed/abc', '/api/run'].some((p) => matches(PAGE_SOURCE, p))).toBe(false);
    expect(matches(STATIC_SOURCE, '/_next/static/chunks/a.js')).toBe(true);
    expect(matches(STATIC_SOURCE, '/s/abc')).toBe(false);
    expect(matches(API_SOURCE, '/api/snippets/x/runs')).toBe(true);
    expect(matches(EVERY_SOURCE, '/')).toBe(true);
  });

  it.each(['/', '/s/abc', '/embed/abc', '/api/run', '/_next/static/chunks/a.js'])('%s gets nosniff and a Referrer-Policy', (path) => {
    expect(headersFor(path).get('X-Content-Type-Options')).toBe('nosniff');
    expect(headersFor(path).get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('leaves documents to proxy.ts and covers API answers and built files with one CSP each', () => {
    for (const path of ['/', '/s/abc', '/embed/abc']) expect(headersFor(path).has('Content-Security-Policy')).toBe(false);
    for (const path of ['/api/run', '/_next/static/chunks/a.js']) {
      const rules = securityHeaderRules({ dev: false }).filter((r) => matches(r.source, path) && r.headers.some((h) => h.key === 'Content-Security-Policy'));
      expect(rules).toHaveLength(1);
    }
    expect(headersFor('/api/run').get('Content-Security-Policy')).toBe(API_CSP);
    expect(parseCsp(API_CSP).get('default-src')).toEqual(["'none'"]);
  });

  it('denies framing in X-Frame-Options too, except for /embed', () => {
    expect(headersFor('/embed/abc').has('X-Frame-Options')).toBe(false);
    for (const path of ['/', '/s/abc', '/api/run']) expect(headersFor(path).get('X-Frame-Options')).toBe('DENY');
  });
});
