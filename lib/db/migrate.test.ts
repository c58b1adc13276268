// Migrations on both providers: a new database has every committed migration pending, and the
// app's first use (ensureMigrated) applies them once; an unreachable database is not a new one.
import { describe, expect, it } from 'vitest';
import { newTestTarget, TEST_PROVIDERS } from './test-support/test-databases.ts';
import { createDb } from './client.ts';
import { committedMigrations, ensureMigrated, pendingMigrations } from './migrate.ts';
import { projectRoot } from '../env.ts';
import { parseDatabaseUrl } from './database-url.ts';
import { databaseFault } from './prisma-errors.ts';
import { CLOSED_PG_PORT } from './test-support/real-faults.ts';

describe.each(TEST_PROVIDERS)('migrations on %s', (provider) => {
  it('applies pending migrations on first use, then has none', async () => {
    const { target, cleanup } = newTestTarget(provider);
    const db = createDb(target);
    try {
      const root = projectRoot();
      expect(committedMigrations(root, target).length).toBeGreaterThan(0);
      expect(await pendingMigrations(db, root, target)).toEqual(committedMigrations(root, target));
      await ensureMigrated(db, root, target);
      expect(await pendingMigrations(db, root, target)).toEqual([]);
      expect(await db.snippet.count()).toBe(0);
      if (provider === 'sqlite') expect(await db.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    } finally {
      if (target.provider === 'postgresql') await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${target.schema}" CASCADE`);
      await db.$disconnect();
      cleanup();
    }
  }, 120_000);
});

describe('migrations when PostgreSQL is unreachable', () => {
  it('fails as unavailable instead of taking the database for a new one', async () => {
    const target = parseDatabaseUrl(`postgresql://postgres@127.0.0.1:${CLOSED_PG_PORT}/postgres`, projectRoot());
    const db = createDb(target);
    try {
      const error = await pendingMigrations(db, projectRoot(), target).then(() => null, (e: unknown) => e);
      expect(databaseFault(error)).toBe('unavailable');
    } finally {
      await db.$disconnect();
    }
  });
});
