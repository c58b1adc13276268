// Sign-in rate limit: at most MAX_FAILED_SIGN_INS failures per username + IP within the window,
// counted in the database so every app instance sees the same count.
import { ApiError } from '../api/errors.ts';
import type { Db } from '../db/client.ts';
import { countFailedSignIns } from '../db/sign-in-attempts.ts';
import { addressKey } from '../ratelimit/address.ts';

/** Failed attempts allowed per username + IP inside the window. */
export const MAX_FAILED_SIGN_INS = 5;
/** How far back failures count, in ms (15 minutes). */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/**
 * The client address: the first X-Forwarded-For hop. bin/server.ts makes that header the
 * connection's address, or, with TASKLINE_TRUST_PROXY, leaves the proxy's (which must set, not
 * append to, the header). x-real-ip is a fallback for servers started some other way.
 */
export function clientIp(request: { headers: Pick<Headers, 'get'> }): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip')?.trim() || 'unknown';
}

/** The client address as rate limits count it: IPv4 as is, IPv6 by its /64 (lib/ratelimit/address.ts). */
export const clientAddressKey = (request: { headers: Pick<Headers, 'get'> }) => addressKey(clientIp(request));

export const signInKey = (username: string, ip: string) => `${username}|${ip}`;

/** The 429 for a username + IP that failed too often: Retry-After is the whole window. */
export function failedSignInsError(): ApiError {
  const minutes = SIGN_IN_WINDOW_MS / 60_000;
  return new ApiError(429, `too many failed sign-ins for this username; try again in ${minutes} minutes`, SIGN_IN_WINDOW_MS / 1000);
}

export async function isSignInLimited(db: Db, key: string, now = new Date()): Promise<boolean> {
  return (await countFailedSignIns(db, key, new Date(now.getTime() - SIGN_IN_WINDOW_MS))) >= MAX_FAILED_SIGN_INS;
}
