// Real database faults for tests: the errors Prisma actually throws when PostgreSQL cannot be
// reached, drops the connection, or SQLite runs out of pages. No mocks: each opens a real client.
import net from 'node:net';
import { createDb } from '../client.ts';
import { parseDatabaseUrl } from '../database-url.ts';
import { openTestDatabase } from './test-databases.ts';
import { createSnippet } from '../snippets.ts';
import { projectRoot } from '../../env.ts';

/** A loopback port in this suite's range that nothing listens on. */
export const CLOSED_PG_PORT = 4452;
/** A loopback port where a server accepts TCP connections and never answers. */
export const SILENT_PG_PORT = 4453;
/** Pages SQLite may grow by before it reports the database full. */
const SPARE_PAGES = 2;
/** Bytes of code per save: several pages, so a few saves exhaust the spare pages. */
const FILLER_CODE_BYTES = 20_000;
/** Saves to attempt before concluding the limit never triggered. */
const MAX_FILLER_SAVES = 100;

/** Runs a query and returns what it threw (fails the test if it did not throw). */
async function thrownBy(query: () => Promise<unknown>): Promise<unknown> {
  try {
    await query();
  } catch (error) {
    return error;
  }
  throw new Error('expected the query to fail');
}

/** A count through a client for PostgreSQL on a loopback port. */
async function countOnPort(port: number): Promise<unknown> {
  const db = createDb(parseDatabaseUrl(`postgresql://postgres@127.0.0.1:${port}/postgres`, projectRoot()));
  try {
    return await thrownBy(() => db.snippet.count());
  } finally {
    await db.$disconnect().catch(() => {});
  }
}

/** Connection refused: no server on the port. */
export function refusedConnectionError(): Promise<unknown> {
  return countOnPort(CLOSED_PG_PORT);
}

/** A server that accepts and never speaks: the pool's connection timeout must end the wait. */
export async function connectTimeoutError(): Promise<unknown> {
  const sockets: net.Socket[] = [];
  const silent = net.createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(SILENT_PG_PORT, '127.0.0.1', resolve));
  try {
    return await countOnPort(SILENT_PG_PORT);
  } finally {
    for (const socket of sockets) socket.destroy();
    silent.close();
  }
}

/** 57P01 "terminating connection due to administrator command", as a restart does to live queries. */
export async function terminatedByAdminError(): Promise<unknown> {
  const t = await openTestDatabase('postgresql');
  try {
    return await thrownBy(() => t.db.$queryRawUnsafe('SELECT pg_terminate_backend(pg_backend_pid())'));
  } finally {
    await t.drop();
  }
}

/** SQLITE_FULL, from a database whose max_page_count leaves room for only a couple of pages. */
export async function sqliteFullError(): Promise<unknown> {
  const t = await openTestDatabase('sqlite');
  try {
    const [{ page_count: pages }] = await t.db.$queryRawUnsafe<Array<{ page_count: bigint }>>('PRAGMA page_count');
    await t.db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages) + SPARE_PAGES}`);
    return await thrownBy(async () => {
      for (let i = 0; i < MAX_FILLER_SAVES; i++) await createSnippet(t.db, { title: `filler ${i}`, code: 'x'.repeat(FILLER_CODE_BYTES) });
    });
  } finally {
    await t.drop();
  }
}

/** A unique violation: an ordinary query error that is not a database fault. */
export async function uniqueViolationError(): Promise<unknown> {
  const t = await openTestDatabase('sqlite');
  try {
    const { snippet } = await createSnippet(t.db, { title: 'a', code: 'b' });
    return await thrownBy(() => t.db.snippet.create({ data: { id: snippet.id, title: 'c', code: 'd', ownerSecretHash: 'x' } }));
  } finally {
    await t.drop();
  }
}
