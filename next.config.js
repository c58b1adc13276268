// Next.js configuration: the sandbox pool forks worker processes, so isolated-vm and the
// TypeScript compiler stay out of the server bundle. Security headers (nosniff, Referrer-Policy,
// framing…) come from lib/http/security-headers.ts; documents get their nonce CSP in proxy.ts.
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { securityHeaderRules } from './lib/http/security-headers.ts';

/** Bytes of a request body Next.js buffers for proxy.ts (its default is 10 MB). */
const PROXY_BODY_BUFFER_BYTES = 1024;

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    serverExternalPackages: ['isolated-vm', 'typescript', 'esbuild', 're2'],
    poweredByHeader: false,
    // proxy.ts runs for pages only (never /api), and pages take no body: buffer none of one.
    experimental: { proxyClientMaxBodySize: PROXY_BODY_BUFFER_BYTES },
    async headers() {
      return securityHeaderRules({ dev: phase === PHASE_DEVELOPMENT_SERVER });
    },
  };
}
