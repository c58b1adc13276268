// CSRF protection for every state-changing request (JSON or form): the Origin header must name
// this site. Browsers always send Origin on cross-site POST/PUT/DELETE and scripts cannot forge
// it; a request with neither Origin nor a same-site Referer is refused too. SameSite=Lax on the
// session cookie is the second layer.
import { ApiError } from '../api/errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the client addressed: the proxy's x-forwarded-host, else Host, else the URL's. */
function requestHost(request: Request): string {
  return request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
}

function sourceHost(request: Request): string | null {
  const origin = request.headers.get('origin');
  const source = origin && origin !== 'null' ? origin : request.headers.get('referer');
  if (!source) return null;
  try {
    return new URL(source).host;
  } catch {
    return null;
  }
}

export function requireSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const source = sourceHost(request);
  if (source === null) throw new ApiError(403, 'cross-site request refused: the request has no Origin header');
  if (source !== requestHost(request)) throw new ApiError(403, `cross-site request refused: origin ${source} is not this site`);
}
