// Builds the Prisma driver adapter for a database target. The same factory serves the Prisma CLI
// (prisma.config.ts: migrate deploy) and the app, so both open the database the same way.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbTarget } from './database-url.ts';

/** How long a SQLite writer waits for another process's lock before failing, in ms. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;
/** Connections each app instance may hold open to PostgreSQL. */
export const PG_POOL_MAX_CONNECTIONS = 10;
/**
 * Longest wait for a new PostgreSQL connection, in ms. Without it a request hangs as long as the
 * server (or a black-holed network) does; with it the request fails and answers 503.
 */
export const PG_CONNECT_TIMEOUT_MS = 5_000;

/**
 * Run on every new SQLite connection. WAL lets readers proceed during a write and survives a
 * killed process; synchronous=FULL fsyncs the WAL at each commit, so an acknowledged save also
 * survives power loss (NORMAL would only survive a crashed process). Saves happen at human rate,
 * so one fsync each costs nothing noticeable. foreign_keys makes SetNull/Cascade real.
 */
const SQLITE_CONNECT_SCRIPT = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;';

/** Wraps a factory so each connection runs a setup script before Prisma uses it. */
function withSetup(factory: SqlMigrationAwareDriverAdapterFactory, script: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(script);
      return adapter;
    },
    async connectToShadowDb() {
      const adapter = await factory.connectToShadowDb();
      await adapter.executeScript(script);
      return adapter;
    },
  };
}

function logConnectionError(error: Error): void {
  console.warn(`taskline: PostgreSQL connection lost: ${error.message}`);
}

export function createAdapterFactory(target: DbTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === 'sqlite') {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new PrismaBetterSQLite3({ url: `file:${target.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return withSetup(sqlite, SQLITE_CONNECT_SCRIPT);
  }
  const onPublic = target.schema === 'public';
  // A non-default schema needs both: search_path, so the committed (unqualified) migration SQL
  // creates tables there, and the adapter's `schema`, so the client qualifies its queries.
  const pg = new PrismaPg(
    {
      connectionString: target.connectionString,
      max: PG_POOL_MAX_CONNECTIONS,
      // Idle pooled connections must not keep a CLI or test process alive; servers never idle out.
      allowExitOnIdle: true,
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      ...(onPublic ? {} : { options: `-c search_path=${target.schema}` }),
    },
    // The adapter already listens for an idle client's 'error' (a restart kills idle connections),
    // so it cannot crash the process; these only say why the next query may fail.
    { ...(onPublic ? {} : { schema: target.schema }), onPoolError: logConnectionError, onConnectionError: logConnectionError },
  ) as unknown as SqlMigrationAwareDriverAdapterFactory; // adapter-pg 7 implements the 6.19 interface
  return onPublic ? pg : withSetup(pg, `CREATE SCHEMA IF NOT EXISTS "${target.schema}"`);
}
