// The security headers of every response, as next.config.js `headers()` rules: a CSP that loads
// nothing from another origin, framing open only for /embed/<id>, and the browser hardening
// headers. Pure data so it is unit-tested; next.config.js imports it (Node 24 strips the types).

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
export const EMBED_SOURCE = '/embed/:path*';
export const API_SOURCE = '/api/:path*';
export const EVERY_SOURCE = '/:path*';

/** One year, the usual HSTS lifetime, in seconds. Browsers ignore the header over plain http. */
export const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;

type Directives = Record<string, string[]>;

const serialize = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/**
 * The document policy. Scripts: 'self' plus 'unsafe-inline', because the App Router streams its
 * RSC payload in inline <script> tags whose content differs per page, and a nonce would force every
 * page (the static playground included) to render per request; 'unsafe-eval' only under `next dev`
 * (React's dev tooling needs it; nothing does in production). Styles: Monaco injects <style>
 * elements and style attributes. Workers: Monaco's come from our own bundle (worker-src 'self';
 * Turbopack may bootstrap them from a blob: URL). No directive names another origin.
 */
export function pageCsp(options: { dev: boolean; frameAncestors: string[] }): string {
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(options.dev ? ["'unsafe-eval'"] : [])],
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
 * Every page except /embed: framed by no one (no page of ours frames another; only /embed is
 * meant for iframes), no shared browsing context with a cross-origin opener, and no cross-site
 * no-cors reads of our responses.
 */
const ISOLATED: Header[] = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

export function securityHeaderRules(options: { dev: boolean }): HeaderRule[] {
  return [
    { source: EVERY_SOURCE, headers: COMMON_HEADERS },
    { source: PAGE_SOURCE, headers: [{ key: 'Content-Security-Policy', value: pageCsp({ dev: options.dev, frameAncestors: ["'none'"] }) }, ...ISOLATED] },
    { source: EMBED_SOURCE, headers: [{ key: 'Content-Security-Policy', value: pageCsp({ dev: options.dev, frameAncestors: ['*'] }) }] },
    { source: API_SOURCE, headers: [{ key: 'Content-Security-Policy', value: API_CSP }, ...ISOLATED] },
  ];
}
