// Password hashing with bcrypt (bcryptjs: pure JS, maintained, no install script).
import bcrypt from 'bcryptjs';

/** bcrypt work factor: 2^10 rounds, about 60–100 ms per hash here; raise as hardware gets faster. */
export const BCRYPT_COST = 10;
/** Shortest password accepted, in characters. */
export const MIN_PASSWORD_CHARS = 8;
/** bcrypt ignores bytes past 72, so longer passwords are refused rather than silently truncated. */
export const MAX_PASSWORD_BYTES = 72;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * A real hash of nothing, compared against when the username is unknown, so a missing account
 * takes as long to refuse as a wrong password (no username probing by timing).
 */
const DUMMY_HASH = bcrypt.hashSync('taskline-no-such-user', BCRYPT_COST);

export async function verifyAgainstDummy(password: string): Promise<false> {
  await bcrypt.compare(password, DUMMY_HASH);
  return false;
}
