// Gives every document a fresh CSP nonce: Next.js reads it from the request's policy and stamps
// its own scripts with it, so no injected inline script can run. Policies: lib/http/security-headers.ts.
// API answers and built files get theirs from next.config.js headers() and skip this.
import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { documentCsp } from '@/lib/http/security-headers.ts';
import { scriptHash } from '@/lib/http/script-hash.ts';
import { env } from '@/lib/env.ts';
import { THEME_BOOT_SCRIPT } from '@/app/_lib/theme-boot.ts';

/** Nonce entropy, in bytes (128 bits, as CSP recommends at least). */
const NONCE_BYTES = 16;
const INLINE_SCRIPT_HASHES = [scriptHash(THEME_BOOT_SCRIPT)];

export function proxy(request: NextRequest): NextResponse {
  const policy = documentCsp({
    pathname: request.nextUrl.pathname,
    nonce: randomBytes(NONCE_BYTES).toString('base64'),
    hashes: INLINE_SCRIPT_HASHES,
    dev: env().NODE_ENV === 'development',
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

// Every path but the API and built files. Prefetches are included: a document Chromium
// prefetches must carry its policy too.
export const config = { matcher: ['/((?!api/|_next/static/|_next/image|favicon.ico).*)'] };
