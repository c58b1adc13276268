// Session tokens: 32 random bytes in the cookie; the database stores only their sha256, so a
// leaked database does not hand out live sessions.
import { createHash, randomBytes } from 'node:crypto';

/** Random bytes in a session token. */
export const SESSION_TOKEN_BYTES = 32;
/** How long a session lasts after sign-in, in ms (14 days). */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(SESSION_TOKEN_BYTES).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
