// DATABASE_URL parsing: SQLite paths resolve against the project root, PostgreSQL's schema
// parameter moves from the URL to the adapter, and odd schema names are refused.
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, targetUrl } from './database-url.ts';

describe('parseDatabaseUrl', () => {
  it('resolves a relative SQLite file against the root', () => {
    expect(parseDatabaseUrl('file:./data/taskline.db', '/app')).toEqual({ provider: 'sqlite', file: '/app/data/taskline.db' });
    expect(parseDatabaseUrl('file:/var/tl.db', '/app')).toEqual({ provider: 'sqlite', file: '/var/tl.db' });
  });

  it('splits the PostgreSQL schema off the connection string', () => {
    const target = parseDatabaseUrl('postgresql://u@h:5432/db?schema=test_ab1&sslmode=disable', '/app');
    expect(target).toEqual({ provider: 'postgresql', connectionString: 'postgresql://u@h:5432/db?sslmode=disable', schema: 'test_ab1' });
    expect(parseDatabaseUrl(targetUrl(target), '/app')).toEqual(target);
    expect(parseDatabaseUrl('postgres://u@h/db', '/app')).toMatchObject({ schema: 'public' });
  });

  it.each(['postgresql://h/db?schema=a"b', 'mysql://h/db', 'file:'])('refuses %s', (url) => {
    expect(() => parseDatabaseUrl(url, '/app')).toThrow();
  });
});
