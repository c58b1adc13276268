// Next.js configuration: the sandbox pool forks worker processes, so isolated-vm and the
// TypeScript compiler stay out of the server bundle. Framing: /embed/<id> may be framed by any
// site (that is its purpose); every other page only by our own (clickjacking protection).

/** Paths that are not under /embed/ (path-to-regexp with a negative lookahead). */
const NOT_EMBED = '/:path((?!embed/).*)';

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['isolated-vm', 'typescript', 'esbuild'],
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/embed/:id*', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
      { source: NOT_EMBED, headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }] },
    ];
  },
};
export default nextConfig;
