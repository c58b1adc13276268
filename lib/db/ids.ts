// Unguessable ids for every record (snippets, runs, users, classes…) and the classroom's join-code
// length: base62 characters drawn from crypto random bytes.
import { randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Bytes at or above this would bias the draw (256 is not a multiple of 62), so they are rejected. */
const UNBIASED_BYTE_LIMIT = 256 - (256 % BASE62.length);

/** Characters in a snippet id: 62^10 ≈ 2^59.5, enough that ids cannot be enumerated. */
export const SNIPPET_ID_CHARS = 10;
/** Characters in a run id: runs outnumber snippets and are fetched by id alone. */
export const RUN_ID_CHARS = 12;
/** Users, sessions, classes, assignments, submissions, jobs: 62^12 ≈ 2^71, not enumerable. */
export const RECORD_ID_CHARS = 12;
/** Join codes are typed by students, so they avoid look-alike characters (see joinCode()). */
export const JOIN_CODE_CHARS = 8;

export function randomId(length: number): string {
  let id = '';
  while (id.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < UNBIASED_BYTE_LIMIT) id += BASE62[byte % BASE62.length];
      if (id.length === length) break;
    }
  }
  return id;
}

/** True for strings that could be an id we issued: lets adapters 404 junk before any query. */
export function isWellFormedId(value: string, length: number): boolean {
  return value.length === length && /^[0-9A-Za-z]+$/.test(value);
}
