// Sign-in rate limit: at most MAX_FAILED_SIGN_INS failures per username + IP within the window,
// counted in the database so every app instance sees the same count (lib/auth/accounts.ts asks).
import { ApiError } from '../api-error.ts';
import type { Db } from '../db/client.ts';
import { countFailedSignIns } from '../db/sign-in-attempts.ts';

/** Failed attempts allowed per username + IP inside the window. */
export const MAX_FAILED_SIGN_INS = 5;
/** How far back failures count, in ms (15 minutes). */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export const signInKey = (username: string, ip: string) => `${username}|${ip}`;

/** The 429 for a username + IP that failed too often: Retry-After is the whole window. */
export function failedSignInsError(): ApiError {
  const minutes = SIGN_IN_WINDOW_MS / 60_000;
  return new ApiError(429, `too many failed sign-ins for this username; try again in ${minutes} minutes`, SIGN_IN_WINDOW_MS / 1000);
}

export async function isSignInLimited(db: Db, key: string, now = new Date()): Promise<boolean> {
  return (await countFailedSignIns(db, key, new Date(now.getTime() - SIGN_IN_WINDOW_MS))) >= MAX_FAILED_SIGN_INS;
}
