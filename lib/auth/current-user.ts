// Who is making a request: the user of a valid session cookie, or null. Route adapters use
// requireUser, which answers 401 as an ApiError (roles are checked by lib/classroom/authorization.ts).
import { ApiError } from '../api-error.ts';
import type { Db } from '../db/client.ts';
import { findSessionUser } from '../db/sessions.ts';
import type { UserRecord } from '../db/users.ts';
import { sessionTokenFrom } from './cookies.ts';
import { hashSessionToken } from './session-token.ts';

export async function userFromToken(db: Db, token: string | null | undefined): Promise<UserRecord | null> {
  return token ? findSessionUser(db, hashSessionToken(token)) : null;
}

export async function requireUser(db: Db, request: Request): Promise<UserRecord> {
  const user = await userFromToken(db, sessionTokenFrom(request));
  if (!user) throw new ApiError(401, 'sign in first');
  return user;
}
