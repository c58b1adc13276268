// The security headers: next.config.js `headers()` rules for every response (hardening headers, the
// CSP of API answers and static files) and the per-request CSP of documents that proxy.ts sets
// (it needs a fresh nonce). No policy names another origin; only /embed/<id> may be framed.

export interface Header {
  key: string;
  value: string;
}
export interface HeaderRule {
  source: string;
  headers: Header[];
}

/** Pages other than /embed/ and /api/ (path-to-regexp with a negative lookahead). */
export const PAGE_SOURCE = '/:path((?!embed/|api/).*)';
export const API_SOURCE = '/api/:path*';
/** Built chunks, CSS, fonts and worker scripts: not documents, so proxy.ts skips them. */
export const STATIC_SOURCE = '/_next/:path*';
export const EVERY_SOURCE = '/:path*';

/** One year, the usual HSTS lifetime, in seconds. Browsers ignore the header over plain http. */
export const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;

type Directives = Record<string, string[]>;

const serialize = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/** How a policy lets scripts run: a per-request nonce (documents, set by proxy.ts) or none. */
export interface ScriptTrust {
  /** Fresh for every document; Next.js reads it from the request's CSP and stamps its scripts. */
  nonce?: string;
  /** `'sha256-…'` sources for our own constant inline scripts (the pre-paint theme script). */
  hashes?: string[];
}

/**
 * The policy of documents and of what they load. Scripts: with a nonce, only scripts carrying it
 * (Next.js stamps its inline RSC payload and chunk tags) or matching a hash run, and scripts those
 * load ('strict-dynamic': the chunk loader and Monaco's lazy chunks); never an injected inline
 * script or event handler. Without a nonce (static files and worker scripts, which are no
 * documents) same-origin scripts only. 'unsafe-eval' only under `next dev` (React's dev tooling).
 * Styles: Monaco injects <style> elements and style attributes, so 'unsafe-inline' (a style
 * nonce would disable it). Workers: Monaco's come from our own bundle. No other origin anywhere.
 */
export function pageCsp(options: { dev: boolean; frameAncestors: string[]; scripts?: ScriptTrust }): string {
  const { nonce, hashes = [] } = options.scripts ?? {};
  const trusted = nonce ? [`'nonce-${nonce}'`, ...hashes.map((h) => `'${h}'`), "'strict-dynamic'"] : [];
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...trusted, ...(options.dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': options.frameAncestors,
  });
}

/** Who may frame a path: anyone for /embed/<id>, no one for everything else. */
export const frameAncestorsFor = (pathname: string) => (pathname.startsWith('/embed/') ? ['*'] : ["'none'"]);

/** JSON and CSV answers are never documents: they may load nothing and be framed by no one. */
export const API_CSP = serialize({
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** Headers every response carries, /embed and /api included. */
export const COMMON_HEADERS: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Cross-site requests see our origin only, never a path; the owner secret of an edit link sits
  // in the URL fragment, which no Referer carries anyway.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Strict-Transport-Security', value: `max-age=${HSTS_MAX_AGE_S}` },
];

/**
 * Every page and API answer except /embed: framed by no one (no page of ours frames another; only
 * /embed is meant for iframes), no shared browsing context with a cross-origin opener, and no
 * cross-site no-cors reads of our responses.
 */
const ISOLATED: Header[] = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** A document's policy: its nonce, our inline-script hashes, framing by path. */
export function documentCsp(options: { pathname: string; nonce: string; hashes: string[]; dev: boolean }): string {
  return pageCsp({ dev: options.dev, frameAncestors: frameAncestorsFor(options.pathname), scripts: { nonce: options.nonce, hashes: options.hashes } });
}

/** The `headers()` rules; documents get their CSP from proxy.ts instead (documentCsp). */
export function securityHeaderRules(options: { dev: boolean }): HeaderRule[] {
  return [
    { source: EVERY_SOURCE, headers: COMMON_HEADERS },
    { source: PAGE_SOURCE, headers: ISOLATED },
    { source: STATIC_SOURCE, headers: [{ key: 'Content-Security-Policy', value: pageCsp({ dev: options.dev, frameAncestors: ["'none'"] }) }] },
    { source: API_SOURCE, headers: [{ key: 'Content-Security-Policy', value: API_CSP }, ...ISOLATED] },
  ];
}
