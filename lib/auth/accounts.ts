// Sign-up, sign-in and sign-out: hashes and checks passwords, applies the rate limit, and opens or
// closes database sessions. Returns the session token for the caller to put in the cookie.
import type { Db } from '../db/client.ts';
import { createSession, deleteSession } from '../db/sessions.ts';
import { clearFailedSignIns, recordFailedSignIn } from '../db/sign-in-attempts.ts';
import { createUser, findUserForSignIn, type Role, type UserRecord } from '../db/users.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { isSignInLimited, SIGN_IN_WINDOW_MS, signInKey } from '../ratelimit/sign-in-failures.ts';
import { hashSessionToken, newSessionToken, SESSION_TTL_MS } from './session-token.ts';

export interface SignedIn {
  user: UserRecord;
  token: string;
}

export type SignUpOutcome = ({ kind: 'ok' } & SignedIn) | { kind: 'taken' };
export type SignInOutcome = ({ kind: 'ok' } & SignedIn) | { kind: 'invalid' } | { kind: 'limited' };

async function openSession(db: Db, user: UserRecord, now: Date): Promise<SignedIn> {
  const token = newSessionToken();
  await createSession(db, { userId: user.id, tokenHash: hashSessionToken(token), expiresAt: new Date(now.getTime() + SESSION_TTL_MS) });
  return { user, token };
}

export async function signUp(db: Db, input: { username: string; password: string; role: Role }, now = new Date()): Promise<SignUpOutcome> {
  const user = await createUser(db, { username: input.username, role: input.role, passwordHash: await hashPassword(input.password) });
  return user ? { kind: 'ok', ...(await openSession(db, user, now)) } : { kind: 'taken' };
}

export async function signIn(db: Db, input: { username: string; password: string; ip: string }, now = new Date()): Promise<SignInOutcome> {
  const key = signInKey(input.username, input.ip);
  // Checked before the password, so a limited key learns nothing even from the right password.
  if (await isSignInLimited(db, key, now)) return { kind: 'limited' };
  const found = await findUserForSignIn(db, input.username);
  const valid = found ? await verifyPassword(input.password, found.passwordHash) : await verifyAgainstDummy(input.password);
  if (!found || !valid) {
    await recordFailedSignIn(db, key, now);
    return { kind: 'invalid' };
  }
  await clearFailedSignIns(db, key, new Date(now.getTime() - SIGN_IN_WINDOW_MS));
  const { passwordHash: _hash, ...user } = found;
  return { kind: 'ok', ...(await openSession(db, user, now)) };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashSessionToken(token));
}
