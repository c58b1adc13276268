// Turns DATABASE_URL into a database target: which provider, and how each driver must be told
// where the data lives. Pure, so the CLI config, the app and the tests all agree on it.
import path from 'node:path';

export type Provider = 'sqlite' | 'postgresql';

export interface SqliteTarget {
  provider: 'sqlite';
  /** Absolute path of the database file. */
  file: string;
}

export interface PostgresTarget {
  provider: 'postgresql';
  /** The URL without its `schema` parameter, which node-postgres would not understand. */
  connectionString: string;
  /** PostgreSQL schema holding the tables; `public` unless `?schema=` says otherwise. */
  schema: string;
}

export type DbTarget = SqliteTarget | PostgresTarget;

/** A schema name we are willing to splice into `search_path` and DDL. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function parseDatabaseUrl(url: string, root: string): DbTarget {
  if (url.startsWith('file:')) {
    // Relative to the project root, not the working directory, so `next start`, the CLI and the
    // tests all open the same file wherever they were started from.
    const file = url.slice('file:'.length).replace(/\?.*$/, '');
    if (!file) throw new Error('DATABASE_URL file: needs a path');
    return { provider: 'sqlite', file: path.resolve(root, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? 'public';
    if (!SCHEMA_NAME.test(schema)) throw new Error(`DATABASE_URL schema "${schema}" is not a plain identifier`);
    parsed.searchParams.delete('schema');
    return { provider: 'postgresql', connectionString: parsed.toString(), schema };
  }
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
}

/** The same target as a URL again, for child processes (the Prisma CLI) that read DATABASE_URL. */
export function targetUrl(target: DbTarget): string {
  if (target.provider === 'sqlite') return `file:${target.file}`;
  const url = new URL(target.connectionString);
  url.searchParams.set('schema', target.schema);
  return url.toString();
}
