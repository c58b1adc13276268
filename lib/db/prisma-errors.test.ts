// Classifies the errors Prisma really throws (no hand-made objects): an unreachable or silent
// PostgreSQL and a terminated connection are `unavailable`, SQLite out of pages is `full`.
import { describe, expect, it } from 'vitest';
import { databaseFault, hasPrismaCode, UNIQUE_VIOLATION } from './prisma-errors.ts';
import {
  connectTimeoutError,
  refusedConnectionError,
  sqliteFullError,
  terminatedByAdminError,
  uniqueViolationError,
} from './test-support/real-faults.ts';

describe('databaseFault', () => {
  it('calls a refused PostgreSQL connection unavailable', async () => {
    const error = await refusedConnectionError();
    expect(hasPrismaCode(error, 'P1001')).toBe(true);
    expect(databaseFault(error)).toBe('unavailable');
  });

  it('calls a server that never answers unavailable, once the connection timeout ends the wait', async () => {
    expect(databaseFault(await connectTimeoutError())).toBe('unavailable');
  });

  it('calls a connection terminated by the administrator (57P01) unavailable', async () => {
    const error = await terminatedByAdminError();
    expect(String(error)).toContain('57P01');
    expect(databaseFault(error)).toBe('unavailable');
  });

  it('calls SQLITE_FULL full', async () => {
    const error = await sqliteFullError();
    expect(hasPrismaCode(error, 'SQLITE_FULL')).toBe(true);
    expect(databaseFault(error)).toBe('full');
  });

  it('leaves ordinary query errors and non-errors alone', async () => {
    const error = await uniqueViolationError();
    expect(hasPrismaCode(error, UNIQUE_VIOLATION)).toBe(true);
    expect(databaseFault(error)).toBeUndefined();
    expect(databaseFault(new Error('boom'))).toBeUndefined();
    expect(databaseFault(null)).toBeUndefined();
    expect(databaseFault('ECONNREFUSED')).toBeUndefined();
  });
});
