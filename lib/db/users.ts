// User repository: create and look up classroom accounts. The password hash only leaves this file
// through findUserForSignIn, which sign-in needs to verify a password.
import type { Db } from './client.ts';
import { randomId, RECORD_ID_CHARS } from './ids.ts';
import { hasPrismaCode, UNIQUE_VIOLATION } from './prisma-errors.ts';

export type Role = 'teacher' | 'student';

export interface UserRecord {
  id: string;
  username: string;
  role: Role;
  createdAt: Date;
}

const PUBLIC_FIELDS = { id: true, username: true, role: true, createdAt: true } as const;
const asUser = (row: { id: string; username: string; role: string; createdAt: Date }): UserRecord => ({ ...row, role: row.role as Role });

/** The new user, or null when the username is taken. */
export async function createUser(db: Db, input: { username: string; passwordHash: string; role: Role }): Promise<UserRecord | null> {
  try {
    return asUser(await db.user.create({ data: { id: randomId(RECORD_ID_CHARS), ...input }, select: PUBLIC_FIELDS }));
  } catch (error) {
    if (hasPrismaCode(error, UNIQUE_VIOLATION)) return null;
    throw error;
  }
}

export async function findUser(db: Db, id: string): Promise<UserRecord | null> {
  const row = await db.user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  return row && asUser(row);
}

export async function findUserForSignIn(db: Db, username: string): Promise<(UserRecord & { passwordHash: string }) | null> {
  const row = await db.user.findUnique({ where: { username }, select: { ...PUBLIC_FIELDS, passwordHash: true } });
  return row && { ...asUser(row), passwordHash: row.passwordHash };
}
