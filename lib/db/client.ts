// Creates a Prisma client for a database target. Each provider has its own generated client
// (the provider is compiled in); both expose the same model API, typed here as `Db`.
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.ts';
import { createAdapterFactory } from './adapter.ts';
import type { DbTarget } from './database-url.ts';

/** What every repository takes: the model API is the same for both providers. */
export type Db = SqliteClient;

/**
 * On globalThis, like the client itself (database.ts): Next bundles route handlers and pages as
 * separate module instances that share that one client, so a module-local map would not know it.
 */
const registry = globalThis as typeof globalThis & { __tasklineDbProviders?: WeakMap<Db, DbTarget['provider']> };
const providers = (registry.__tasklineDbProviders ??= new WeakMap<Db, DbTarget['provider']>());

export function createDb(target: DbTarget): Db {
  const adapter = createAdapterFactory(target);
  // Same models, same generated API; only the SQL dialect inside differs.
  const db = target.provider === 'sqlite' ? new SqliteClient({ adapter }) : (new PostgresClient({ adapter: adapter as never }) as unknown as Db);
  providers.set(db, target.provider);
  return db;
}

/** Which database a client talks to (SQLite: one app process; PostgreSQL: possibly several). */
export function providerOf(db: Db): DbTarget['provider'] {
  const provider = providers.get(db);
  if (!provider) throw new Error('providerOf: this client was not made by createDb');
  return provider;
}
