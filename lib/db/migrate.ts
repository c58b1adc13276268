// Applies committed migrations: `prisma migrate deploy` through prisma.config.ts (the Wasm schema
// engine), run only when the database lacks one of the migrations under prisma/<provider>/.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Db } from './client.ts';
import { targetUrl, type DbTarget } from './database-url.ts';
import { childEnvironment } from '../env.ts';
import { databaseFault } from './prisma-errors.ts';

/** Longest `migrate deploy` may take before we give up on it, in ms. */
export const MIGRATE_TIMEOUT_MS = 120_000;

const run = promisify(execFile);

export function migrationsDir(root: string, target: DbTarget): string {
  return path.join(/* turbopackIgnore: true */ root, 'prisma', target.provider, 'migrations');
}

/** Names of the committed migrations, oldest first (their names start with a timestamp). */
export function committedMigrations(root: string, target: DbTarget): string[] {
  const dir = migrationsDir(root, target);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

/** Committed migrations the database has not finished applying; all of them on a new database. */
export async function pendingMigrations(db: Db, root: string, target: DbTarget): Promise<string[]> {
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    // An unreachable database is not a new one: fail (503) instead of spawning migrate deploy.
    if (databaseFault(error)) throw error;
    applied = new Set(); // no migrations table yet
  }
  return committedMigrations(root, target).filter((name) => !applied.has(name));
}

/**
 * Runs `prisma migrate deploy` for the target. On PostgreSQL Prisma holds an advisory lock while
 * it migrates, so several instances starting at once apply each migration exactly once.
 */
export async function migrateDeploy(root: string, target: DbTarget): Promise<void> {
  const cli = path.join(/* turbopackIgnore: true */ root, 'node_modules', 'prisma', 'build', 'index.js');
  try {
    await run(process.execPath, [cli, 'migrate', 'deploy'], {
      cwd: root,
      timeout: MIGRATE_TIMEOUT_MS,
      env: childEnvironment({ DATABASE_URL: targetUrl(target), TASKLINE_ROOT: root, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' }),
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`prisma migrate deploy failed for ${target.provider}: ${stderr.trim() || String(error)}`);
  }
}

/**
 * Applies pending migrations, if any; one query when the database is current. The client lets go
 * of its connection first: the schema engine wants SQLite's write lock, and an open connection
 * in this process makes it fail with SQLITE_BUSY. Prisma reconnects on the next query.
 */
export async function ensureMigrated(db: Db, root: string, target: DbTarget): Promise<void> {
  if (!(await pendingMigrations(db, root, target)).length) return;
  await db.$disconnect();
  await migrateDeploy(root, target);
}
