// Owner secrets: 32 random bytes handed to the author once; only their sha256 is stored, so a
// leaked database does not let anyone edit snippets.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Entropy of an owner secret, in bytes. */
export const OWNER_SECRET_BYTES = 32;

/** A new secret, base64url so it fits in a cookie, a header and a URL fragment unescaped. */
export function newOwnerSecret(): string {
  return randomBytes(OWNER_SECRET_BYTES).toString('base64url');
}

export function hashOwnerSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatchesHash(secret: string, hash: string): boolean {
  const actual = Buffer.from(hashOwnerSecret(secret), 'hex');
  const expected = Buffer.from(hash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
