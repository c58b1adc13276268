// Snippet repository: create, read, owner-only update and fork. Takes a Db and plain values; the
// owner secret is returned once at creation and only its hash is ever stored.
import type { Db } from './client.ts';
import { randomId, SNIPPET_ID_CHARS } from './ids.ts';
import { hashOwnerSecret, newOwnerSecret } from './owner-secret.ts';
import { FOREIGN_KEY_VIOLATION, hasPrismaCode, UNIQUE_VIOLATION } from './prisma-errors.ts';

/** Fresh ids tried when one collides (at 2^59 ids, a second collision means something is wrong). */
const MAX_ID_ATTEMPTS = 3;

export interface SnippetRecord {
  id: string;
  title: string;
  code: string;
  forkedFromId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CreatedSnippet {
  snippet: SnippetRecord;
  /** Shown to the author once; the database keeps only its hash. */
  ownerSecret: string;
}

export type UpdateOutcome = { kind: 'updated'; snippet: SnippetRecord } | { kind: 'not-found' } | { kind: 'forbidden' };

/** Never select the secret hash into anything that could reach a response. */
const PUBLIC_FIELDS = { id: true, title: true, code: true, forkedFromId: true, createdAt: true, updatedAt: true } as const;

export async function createSnippet(
  db: Db,
  input: { title: string; code: string; forkedFromId?: string | null },
): Promise<CreatedSnippet> {
  const ownerSecret = newOwnerSecret();
  for (let attempt = 1; ; attempt++) {
    try {
      const snippet = await db.snippet.create({
        data: { id: randomId(SNIPPET_ID_CHARS), title: input.title, code: input.code, forkedFromId: input.forkedFromId ?? null, ownerSecretHash: hashOwnerSecret(ownerSecret) },
        select: PUBLIC_FIELDS,
      });
      return { snippet, ownerSecret };
    } catch (error) {
      if (!hasPrismaCode(error, UNIQUE_VIOLATION) || attempt >= MAX_ID_ATTEMPTS) throw error;
    }
  }
}

export async function findSnippet(db: Db, id: string): Promise<SnippetRecord | null> {
  return db.snippet.findUnique({ where: { id }, select: PUBLIC_FIELDS });
}

/** True when any of the presented secrets owns the snippet. */
export async function isSnippetOwner(db: Db, id: string, secrets: string[]): Promise<boolean> {
  if (!secrets.length) return false;
  const count = await db.snippet.count({ where: { id, ownerSecretHash: { in: secrets.map(hashOwnerSecret) } } });
  return count > 0;
}

/**
 * Updates title and/or code if one of `secrets` owns the snippet. The ownership check is part of
 * the UPDATE's WHERE clause, so there is no window between checking and writing.
 */
export async function updateSnippet(
  db: Db,
  id: string,
  secrets: string[],
  changes: { title?: string; code?: string },
): Promise<UpdateOutcome> {
  const hashes = secrets.map(hashOwnerSecret);
  const { count } = hashes.length
    ? await db.snippet.updateMany({ where: { id, ownerSecretHash: { in: hashes } }, data: changes })
    : { count: 0 };
  const snippet = await findSnippet(db, id);
  if (!snippet) return { kind: 'not-found' };
  return count > 0 ? { kind: 'updated', snippet } : { kind: 'forbidden' };
}

/** A new snippet with the original's title and code, owned by whoever forked it; null if unknown. */
export async function forkSnippet(db: Db, id: string, title?: string): Promise<CreatedSnippet | null> {
  const original = await findSnippet(db, id);
  if (!original) return null;
  try {
    return await createSnippet(db, { title: title ?? original.title, code: original.code, forkedFromId: original.id });
  } catch (error) {
    if (hasPrismaCode(error, FOREIGN_KEY_VIOLATION)) return null; // deleted while we copied it
    throw error;
  }
}

/** Snippets among `ids` with their secret hashes, for verifying a browser's owner cookies. */
export async function findSnippetsWithOwnerHash(db: Db, ids: string[]): Promise<Array<SnippetRecord & { ownerSecretHash: string }>> {
  if (!ids.length) return [];
  return db.snippet.findMany({ where: { id: { in: ids } }, select: { ...PUBLIC_FIELDS, ownerSecretHash: true } });
}
