// Points the app's shared database (lib/db/database.ts) at a fresh SQLite file for route tests.
// Must run before anything reads the environment, since lib/env.ts caches it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase } from '../database.ts';

export function useTempAppDatabase(): () => Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskline-app-db-'));
  process.env.DATABASE_URL = `file:${path.join(dir, 'app.db')}`;
  return async () => {
    await closeDatabase();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
