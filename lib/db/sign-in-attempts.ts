// Failed sign-in attempts, stored in the database so the rate limit holds across app instances.
import type { Db } from './client.ts';
import { randomId, RECORD_ID_CHARS } from './ids.ts';

export async function recordFailedSignIn(db: Db, key: string, at = new Date()): Promise<void> {
  await db.signInAttempt.create({ data: { id: randomId(RECORD_ID_CHARS), key, createdAt: at } });
}

export async function countFailedSignIns(db: Db, key: string, since: Date): Promise<number> {
  return db.signInAttempt.count({ where: { key, createdAt: { gt: since } } });
}

/** A successful sign-in forgives the key's earlier failures; old rows of every key expire too. */
export async function clearFailedSignIns(db: Db, key: string, olderThan: Date): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { OR: [{ key }, { createdAt: { lt: olderThan } }] } });
}
