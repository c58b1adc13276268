// The header rules next.config.js serves: which rule matches which path, the CSP's directives
// (no remote origin anywhere, eval only in dev), and framing open for /embed alone.
import { describe, expect, it } from 'vitest';
import { API_CSP, API_SOURCE, EMBED_SOURCE, EVERY_SOURCE, PAGE_SOURCE, pageCsp, securityHeaderRules } from './security-headers.ts';

/** Directive name → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

/** Next.js matches `source` with path-to-regexp; these mirror the three shapes we use. */
function matches(source: string, path: string): boolean {
  const pattern = source
    .replace('/:path*', '(?:/.*)?')
    .replace('/:path(', '/(');
  return new RegExp(`^${pattern}$`).test(path);
}

/** Every header a path receives; like Next.js, a later rule's key overrides an earlier one. */
function headersFor(path: string, dev = false): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of securityHeaderRules({ dev })) {
    if (matches(rule.source, path)) for (const { key, value } of rule.headers) out.set(key, value);
  }
  return out;
}

describe('pageCsp', () => {
  const prod = parseCsp(pageCsp({ dev: false, frameAncestors: ["'none'"] }));
  const dev = parseCsp(pageCsp({ dev: true, frameAncestors: ["'none'"] }));

  it('names no other origin and no wildcard in any fetch directive', () => {
    for (const [name, sources] of prod) {
      if (name === 'frame-ancestors') continue;
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });

  it('locks down plugins, <base> and form targets', () => {
    expect(prod.get('default-src')).toEqual(["'self'"]);
    expect(prod.get('object-src')).toEqual(["'none'"]);
    expect(prod.get('base-uri')).toEqual(["'self'"]);
    expect(prod.get('form-action')).toEqual(["'self'"]);
    expect(prod.get('worker-src')).toContain("'self'");
  });

  it("allows 'unsafe-eval' under next dev only", () => {
    expect(prod.get('script-src')).not.toContain("'unsafe-eval'");
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
  });
});

describe('securityHeaderRules', () => {
  it('sources match the paths they are meant for', () => {
    expect(['/', '/s/abc', '/classes/1', '/_next/static/chunks/a.js', '/embedded'].every((p) => matches(PAGE_SOURCE, p))).toBe(true);
    expect(['/embed/abc', '/api/run'].some((p) => matches(PAGE_SOURCE, p))).toBe(false);
    expect(matches(EMBED_SOURCE, '/embed/abc')).toBe(true);
    expect(matches(API_SOURCE, '/api/snippets/x/runs')).toBe(true);
    expect(matches(EVERY_SOURCE, '/')).toBe(true);
  });

  it.each(['/', '/s/abc', '/embed/abc', '/api/run'])('%s gets nosniff, a Referrer-Policy and exactly one CSP', (path) => {
    const headers = headersFor(path);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    const cspRules = securityHeaderRules({ dev: false }).filter((r) => matches(r.source, path) && r.headers.some((h) => h.key === 'Content-Security-Policy'));
    expect(cspRules).toHaveLength(1);
  });

  it('frames /embed from anywhere and nothing else from anywhere', () => {
    expect(parseCsp(headersFor('/embed/abc').get('Content-Security-Policy')!).get('frame-ancestors')).toEqual(['*']);
    expect(headersFor('/embed/abc').has('X-Frame-Options')).toBe(false);
    for (const path of ['/', '/s/abc', '/classes', '/api/run']) {
      expect(parseCsp(headersFor(path).get('Content-Security-Policy')!).get('frame-ancestors')).toEqual(["'none'"]);
      expect(headersFor(path).get('X-Frame-Options')).toBe('DENY');
    }
  });

  it('gives API answers a policy that loads nothing', () => {
    expect(headersFor('/api/run').get('Content-Security-Policy')).toBe(API_CSP);
    expect(parseCsp(API_CSP).get('default-src')).toEqual(["'none'"]);
  });
});
