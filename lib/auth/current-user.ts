// Who is making a request: the user of a valid session cookie, or null. Route adapters use
// requireUser/requireRole, which answer 401/403 as ApiErrors.
import { ApiError } from '../api/errors.ts';
import type { Db } from '../db/client.ts';
import { findSessionUser } from '../db/sessions.ts';
import type { Role, UserRecord } from '../db/users.ts';
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

export async function requireRole(db: Db, request: Request, role: Role): Promise<UserRecord> {
  const user = await requireUser(db, request);
  if (user.role !== role) throw new ApiError(403, `only a ${role} can do this`);
  return user;
}
