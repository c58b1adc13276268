// The app's database: one client per process for DATABASE_URL, migrated before first use. Kept on
// globalThis so dev-mode module reloads reuse the connection instead of opening more.
import { databaseUrl, projectRoot } from '../env.ts';
import { createDb, type Db } from './client.ts';
import { parseDatabaseUrl } from './database-url.ts';
import { ensureMigrated } from './migrate.ts';

const holder = globalThis as typeof globalThis & { __tasklineDb?: Promise<Db> };

async function open(): Promise<Db> {
  const root = projectRoot();
  const target = parseDatabaseUrl(databaseUrl(), root);
  const db = createDb(target);
  await ensureMigrated(db, root, target);
  return db;
}

/** The shared client, after pending migrations are applied. A failed attempt is retried next call. */
export function database(): Promise<Db> {
  holder.__tasklineDb ??= open().catch((error: unknown) => {
    holder.__tasklineDb = undefined;
    throw error;
  });
  return holder.__tasklineDb;
}

/** Closes the shared client (tests, shutdown). */
export async function closeDatabase(): Promise<void> {
  const pending = holder.__tasklineDb;
  holder.__tasklineDb = undefined;
  if (pending) await (await pending.catch(() => null))?.$disconnect();
}
