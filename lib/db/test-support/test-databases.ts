// Throwaway databases for tests: a SQLite file in a temp dir, or a fresh PostgreSQL schema
// (`test_<random>`), each migrated with the committed migrations and removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, testPostgresUrl } from '../../env.ts';
import { createDb, type Db } from '../client.ts';
import { parseDatabaseUrl, targetUrl, type DbTarget, type Provider } from '../database-url.ts';
import { migrateDeploy } from '../migrate.ts';
import { randomId } from '../ids.ts';

/** Every provider the persistence tests run against (.ci/run needs both). */
export const TEST_PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

/** Random characters in a test schema's name. */
const TEST_SCHEMA_SUFFIX_CHARS = 12;

export interface TestDatabase {
  target: DbTarget;
  /** DATABASE_URL for this database, for child processes. */
  url: string;
  db: Db;
  drop(): Promise<void>;
}

/** A new, empty target of the provider; nothing is created until it is migrated. */
export function newTestTarget(provider: Provider): { target: DbTarget; cleanup: () => void } {
  const root = projectRoot();
  if (provider === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskline-db-'));
    return { target: parseDatabaseUrl(`file:${path.join(dir, 'test.db')}`, root), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const url = new URL(testPostgresUrl());
  url.searchParams.set('schema', `test_${randomId(TEST_SCHEMA_SUFFIX_CHARS).toLowerCase()}`);
  return { target: parseDatabaseUrl(url.toString(), root), cleanup: () => {} };
}

export async function openTestDatabase(provider: Provider): Promise<TestDatabase> {
  const { target, cleanup } = newTestTarget(provider);
  await migrateDeploy(projectRoot(), target);
  const db = createDb(target);
  return {
    target,
    url: targetUrl(target),
    db,
    async drop() {
      if (target.provider === 'postgresql') await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${target.schema}" CASCADE`);
      await db.$disconnect();
      cleanup();
    },
  };
}
