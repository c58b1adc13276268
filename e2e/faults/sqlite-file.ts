// Opens a scenario's SQLite file directly (better-sqlite3, outside the app) to check it the way a
// restarted server would find it: integrity, and how many snippets it holds.
import Database from 'better-sqlite3';

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
