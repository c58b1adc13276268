// CSRF protection for every state-changing request (JSON or form): the Origin header must name
// this site, as TASKLINE_PUBLIC_URL sets it (site-origin.ts; never the Host header).
// Browsers always send Origin on cross-site POST/PUT/DELETE and scripts cannot forge it; SameSite=Lax
// on the cookies is the second layer.
import { ApiError } from '../api-error.ts';
import { publicOrigin } from '../env.ts';
import { isSiteSource, siteOrigin } from './site-origin.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sourceUrl(request: Request): URL | null {
  const origin = request.headers.get('origin');
  const source = origin && origin !== 'null' ? origin : request.headers.get('referer');
  if (!source) return null;
  try {
    return new URL(source);
  } catch {
    return null;
  }
}

function refuseForeign(request: Request, source: URL, configured: string | null): void {
  const site = siteOrigin(configured, request.headers.get('host') ?? new URL(request.url).host);
  if (!site) throw new ApiError(403, 'cross-site request refused: set TASKLINE_PUBLIC_URL to the address users reach this site at');
  if (!isSiteSource(source, site, configured !== null)) throw new ApiError(403, `cross-site request refused: origin ${source.host} is not this site`);
}

/** Classroom and account routes (session cookies): Origin or Referer must be this site. */
export function requireSameOrigin(request: Request, configured: string | null = publicOrigin()): void {
  if (SAFE_METHODS.has(request.method)) return;
  const source = sourceUrl(request);
  if (source === null) throw new ApiError(403, 'cross-site request refused: the request has no Origin header');
  refuseForeign(request, source, configured);
}

/**
 * Snippet routes, which scripts use too: a browser's cross-site request (Origin, or
 * Sec-Fetch-Site: cross-site) is refused; a request with no Origin is allowed only without cookies,
 * since then it carries no ambient authority (an owner secret must be sent explicitly).
 */
export function refuseCrossSite(request: Request, configured: string | null = publicOrigin()): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.get('sec-fetch-site') === 'cross-site') throw new ApiError(403, 'cross-site request refused');
  const source = sourceUrl(request);
  if (source !== null) return refuseForeign(request, source, configured);
  if (request.headers.get('cookie')) throw new ApiError(403, 'cross-site request refused: the request has cookies but no Origin header');
}
