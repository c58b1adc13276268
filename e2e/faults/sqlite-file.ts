// Opens a scenario's SQLite file directly (better-sqlite3, outside the app) to check it the way a
// restarted server would find it: integrity, and how many snippets it holds.
import { createRequire } from 'node:module';

/** The part of better-sqlite3 used here (the package ships no types, and adding some is not worth it). */
interface SqliteDatabase {
  prepare(sql: string): { all(): unknown[]; get(): unknown };
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => SqliteDatabase;

export interface SqliteCheck {
  integrity: string;
  snippets: number;
}

export function checkSqliteFile(file: string): SqliteCheck {
  const db = new Database(file);
  try {
    const rows = db.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>;
    const { n } = db.prepare('SELECT count(*) AS n FROM "Snippet"').get() as { n: number };
    return { integrity: rows.map((r) => r.integrity_check).join('; '), snippets: n };
  } finally {
    db.close();
  }
}
