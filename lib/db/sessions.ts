// Session repository: a session is found by the sha256 of its cookie token, never the token itself.
import type { Db } from './client.ts';
import { randomId, RECORD_ID_CHARS } from './ids.ts';
import type { UserRecord } from './users.ts';

export async function createSession(db: Db, input: { userId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
  await db.session.create({ data: { id: randomId(RECORD_ID_CHARS), ...input } });
}

/** The session's user, if the session exists and has not expired. */
export async function findSessionUser(db: Db, tokenHash: string, now = new Date()): Promise<UserRecord | null> {
  const session = await db.session.findUnique({
    where: { tokenHash },
    select: { expiresAt: true, user: { select: { id: true, username: true, role: true, createdAt: true } } },
  });
  if (!session || session.expiresAt <= now) return null;
  return { ...session.user, role: session.user.role as UserRecord['role'] };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash } });
}
