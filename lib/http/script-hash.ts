// The CSP source that lets one exact inline script run ('sha256-<base64>'), for our own constant
// scripts that Next.js does not stamp with the nonce (the pre-paint theme script in app/layout.tsx).
import { createHash } from 'node:crypto';

export function scriptHash(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
