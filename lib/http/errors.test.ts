// errorResponse on real errors: a database that is down answers 503 with Retry-After, one that is
// full answers 507, ApiErrors keep their status, and anything else is a 500 that leaks nothing.
import { describe, expect, it, vi } from 'vitest';
import { ApiError, DB_UNAVAILABLE_RETRY_AFTER_S, errorResponse, INSUFFICIENT_STORAGE, STORAGE_FULL_RETRY_AFTER_S } from './errors.ts';
import { refusedConnectionError, sqliteFullError } from '../db/test-support/real-faults.ts';

describe('errorResponse', () => {
  it('answers an unreachable database with 503, Retry-After and a clear message', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = errorResponse(await refusedConnectionError());
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe(String(DB_UNAVAILABLE_RETRY_AFTER_S));
    expect(await response.json()).toEqual({ error: expect.stringMatching(/database is unavailable/) });
  });

  it('answers a full database with 507 and says storage is full', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = errorResponse(await sqliteFullError());
    expect(response.status).toBe(INSUFFICIENT_STORAGE);
    expect(response.headers.get('Retry-After')).toBe(String(STORAGE_FULL_RETRY_AFTER_S));
    expect(await response.json()).toEqual({ error: expect.stringMatching(/storage is full/) });
  });

  it('keeps an ApiError status and its Retry-After', async () => {
    const response = errorResponse(new ApiError(429, 'slow down', 7));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('7');
    expect(await response.json()).toEqual({ error: 'slow down' });
  });

  it('answers anything else with a 500 that hides the cause', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = errorResponse(new Error('secret internals'));
    expect(response.status).toBe(500);
    expect(response.headers.get('Retry-After')).toBeNull();
    expect(JSON.stringify(await response.json())).not.toContain('secret');
  });
});
