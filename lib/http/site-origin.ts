// The origin this site is served at, for CSRF checks and absolute links. It comes from the
// TASKLINE_PUBLIC_URL setting; Host, X-Forwarded-Host and X-Forwarded-Proto are client-controlled
// (or proxy-controlled) and are trusted only to name a loopback address, as in development.

/** Hosts a request may name when no public URL is configured: this machine only. */
const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  try {
    return LOOPBACK_HOSTNAMES.has(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/**
 * The origin requests must come from: the configured public origin, else `http://<host>` for a
 * loopback Host header, else null (a public deployment without TASKLINE_PUBLIC_URL trusts no origin).
 */
export function siteOrigin(configured: string | null, hostHeader: string | null): string | null {
  if (configured) return configured;
  return hostHeader && isLoopbackHost(hostHeader) ? `http://${hostHeader}` : null;
}

/** Whether `source` (an Origin or Referer) is this site: the exact origin, or any scheme on loopback. */
export function isSiteSource(source: URL, site: string, configured: boolean): boolean {
  return configured ? source.origin === site : source.host === new URL(site).host;
}
