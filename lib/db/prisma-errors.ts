// Recognises Prisma errors by what they mean rather than by class (the generated classes differ
// per provider): codes repositories turn into outcomes, and faults of the database itself.

/** Unique constraint violated: an id collided. */
export const UNIQUE_VIOLATION = 'P2002';
/** Foreign key violated: the referenced snippet is gone. */
export const FOREIGN_KEY_VIOLATION = 'P2003';

export function hasPrismaCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** A fault of the database rather than of the request: `unavailable` passes, `full` needs space. */
export type DatabaseFault = 'unavailable' | 'full';

/** Prisma's codes for "could not reach, lost, or timed out waiting for the server". */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver-adapter error kinds (adapter-pg, adapter-better-sqlite3) that mean the same. */
const UNAVAILABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** PostgreSQL SQLSTATEs: admin/crash shutdown, cannot connect now (starting or stopping), too many connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** SQLSTATE class 08: connection exceptions. */
const CONNECTION_EXCEPTION_CLASS = '08';
/** Every SQLSTATE is five characters. */
const SQLSTATE_CHARS = 5;
/** Socket errors from node-postgres before the adapter maps them. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
/** node-postgres raises these as plain Errors with no code. */
const UNAVAILABLE_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|the database system is (starting up|shutting down|in recovery mode)/i;
/** SQLite out of space (disk or max_page_count), PostgreSQL disk_full (53100), the OS's ENOSPC. */
const FULL_CODES = new Set(['SQLITE_FULL', '53100', 'ENOSPC']);
/** How deep to follow `cause` and `meta.driverAdapterError` links. */
const MAX_CAUSE_DEPTH = 5;

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

/** The error and everything it wraps: Prisma puts the adapter's error in meta or cause. */
function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const pending: unknown[] = [error];
  while (pending.length && chain.length < MAX_CAUSE_DEPTH * 2) {
    const next = pending.shift();
    if (typeof next !== 'object' || next === null || chain.includes(next as ErrorLike)) continue;
    const link = next as ErrorLike;
    chain.push(link);
    pending.push(link.cause, link.meta?.driverAdapterError);
  }
  return chain;
}

function isUnavailable(link: ErrorLike): boolean {
  const code = typeof link.code === 'string' ? link.code : '';
  if (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  if (code.length === SQLSTATE_CHARS && code.startsWith(CONNECTION_EXCEPTION_CLASS)) return true;
  if (typeof link.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(link.kind)) return true;
  return typeof link.message === 'string' && UNAVAILABLE_MESSAGES.test(link.message);
}

/** What kind of database fault the error is, or undefined for any other error. */
export function databaseFault(error: unknown): DatabaseFault | undefined {
  const chain = errorChain(error);
  if (chain.some((link) => typeof link.code === 'string' && FULL_CODES.has(link.code))) return 'full';
  if (chain.some(isUnavailable)) return 'unavailable';
  return undefined;
}
