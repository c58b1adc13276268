// Sign-in rate limit: at most MAX_FAILED_SIGN_INS failures per username + IP within the window,
// counted in the database so every app instance sees the same count.
import type { Db } from '../db/client.ts';
import { countFailedSignIns } from '../db/sign-in-attempts.ts';

/** Failed attempts allowed per username + IP inside the window. */
export const MAX_FAILED_SIGN_INS = 5;
/** How far back failures count, in ms (15 minutes). */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** The client address: the first x-forwarded-for hop (set by our proxy), else x-real-ip. */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip')?.trim() || 'unknown';
}

export const signInKey = (username: string, ip: string) => `${username}|${ip}`;

export async function isSignInLimited(db: Db, key: string, now = new Date()): Promise<boolean> {
  return (await countFailedSignIns(db, key, new Date(now.getTime() - SIGN_IN_WINDOW_MS))) >= MAX_FAILED_SIGN_INS;
}
