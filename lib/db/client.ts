// Creates a Prisma client for a database target. Each provider has its own generated client
// (the provider is compiled in); both expose the same model API, typed here as `Db`.
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.ts';
import { createAdapterFactory } from './adapter.ts';
import type { DbTarget } from './database-url.ts';

/** What every repository takes: the model API is the same for both providers. */
export type Db = SqliteClient;

export function createDb(target: DbTarget): Db {
  const adapter = createAdapterFactory(target);
  if (target.provider === 'sqlite') return new SqliteClient({ adapter });
  // Same models, same generated API; only the SQL dialect inside differs.
  return new PostgresClient({ adapter: adapter as never }) as unknown as Db;
}
