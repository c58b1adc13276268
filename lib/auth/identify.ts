// Who is calling, resolved once per request: the signed-in user (or null) and the address key
// rate limits count by. A database that cannot be reached leaves `db` null instead of failing,
// so work that needs no database (running code) can still go ahead; everything else refuses.
import type { Db } from '../db/client.ts';
import type { UserRecord } from '../db/users.ts';
import { databaseFault } from '../db/prisma-errors.ts';
import { ApiError, DB_UNAVAILABLE_RETRY_AFTER_S } from '../api-error.ts';
import type { ClientKey } from '../ratelimit/client-key.ts';
import { sessionTokenFrom } from './cookies.ts';
import { userFromToken } from './current-user.ts';
import { clientAddressKey } from '../ratelimit/address.ts';

export interface Caller {
  user: UserRecord | null;
  /** The client address as rate limits count it ("203.0.113.7", "2001:db8:1:2::/64"); null for background work. */
  address: string | null;
  /** The open database, or null when it was unreachable while identifying. */
  db: Db | null;
}

/** `request`: only its headers are read (the server's fast path passes node's, wrapped: lib/http/run-endpoint.ts). */
export async function identify(request: { headers: Pick<Headers, 'get'> }, openDb: () => Promise<Db>): Promise<Caller> {
  const address = clientAddressKey(request);
  try {
    const db = await openDb();
    return { user: await userFromToken(db, sessionTokenFrom(request)), address, db };
  } catch (error) {
    if (databaseFault(error) !== 'unavailable') throw error;
    return { user: null, address, db: null };
  }
}

/** A caller acting as a known user, from no address (the regrade job runs as the teacher who asked for it). */
export const callerFor = (user: UserRecord, db: Db): Caller => ({ user, address: null, db });

/**
 * Who a bare request's budgets are charged to (a route that identifies no Caller): the user of a
 * valid session, with its address (address.ts clientIp, which bin/server.ts makes trustworthy),
 * else the address alone.
 */
export async function clientKeyFor(db: Db, request: { headers: Pick<Headers, 'get'> }): Promise<ClientKey> {
  const user = await userFromToken(db, sessionTokenFrom(request));
  const address = clientAddressKey(request);
  return user ? { kind: 'user', id: user.id, address } : { kind: 'address', id: address };
}

/** Who budgets are charged to: the user when signed in (classmates share addresses), else the address. */
export function clientKeyOf(caller: Caller): ClientKey {
  if (caller.user) return { kind: 'user', id: caller.user.id, ...(caller.address === null ? {} : { address: caller.address }) };
  return { kind: 'address', id: caller.address ?? 'unknown' };
}

/** The open database, or the 503 every route gives while it is unreachable. */
export function requireDb(caller: Caller): Db {
  if (caller.db) return caller.db;
  throw new ApiError(503, 'the database is unavailable right now; please retry in a few seconds', DB_UNAVAILABLE_RETRY_AFTER_S);
}

export function requireCaller(caller: Caller): UserRecord {
  if (!caller.user) {
    requireDb(caller);
    throw new ApiError(401, 'sign in first');
  }
  return caller.user;
}
