// "Your snippets" for the home page: the snippets whose owner secrets this browser holds (one
// cookie per snippet, see lib/http/snippet-owner.ts), verified against their stored hashes.
import type { Db } from './client.ts';
import { findSnippetsWithOwnerHash } from './snippets.ts';
import { secretMatchesHash } from './owner-secret.ts';

/** Most snippets the home page lists. */
export const RECENT_SNIPPETS_LIMIT = 20;

export interface OwnerCredential {
  id: string;
  secret: string;
}

export interface RecentSnippet {
  id: string;
  title: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The author's own snippets, most recently updated first; forged or stale cookies are ignored. */
export async function recentSnippets(db: Db, credentials: OwnerCredential[], limit = RECENT_SNIPPETS_LIMIT): Promise<RecentSnippet[]> {
  const secretById = new Map(credentials.map((c) => [c.id, c.secret]));
  const rows = await findSnippetsWithOwnerHash(db, [...secretById.keys()]);
  return rows
    .filter((row) => secretMatchesHash(secretById.get(row.id) ?? '', row.ownerSecretHash))
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, limit)
    .map(({ id, title, createdAt, updatedAt }) => ({ id, title, createdAt, updatedAt }));
}
