// Next.js configuration: the sandbox pool forks worker processes, so isolated-vm and the
// TypeScript compiler stay out of the server bundle. Security headers (CSP, framing open only for
// /embed/<id>, nosniff, Referrer-Policy…) come from lib/http/security-headers.ts.
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { securityHeaderRules } from './lib/http/security-headers.ts';

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    serverExternalPackages: ['isolated-vm', 'typescript', 'esbuild'],
    poweredByHeader: false,
    async headers() {
      return securityHeaderRules({ dev: phase === PHASE_DEVELOPMENT_SERVER });
    },
  };
}
