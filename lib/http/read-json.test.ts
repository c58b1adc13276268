// Request bodies: limits, malformed JSON and wrong shapes each get their own status.
import { describe, expect, it } from 'vitest';
import { readJson, refuseBody } from './read-json.ts';
import { RunRequest } from '../api/run-request.ts';
import { ApiError } from './errors.ts';

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/run', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe('readJson', () => {
  it('returns the validated body', async () => {
    await expect(readJson(post('{"code":"console.log(1)"}'), RunRequest, 1000)).resolves.toEqual({ code: 'console.log(1)' });
  });

  it.each([
    ['malformed JSON', post('{"code":'), 400],
    ['an empty body', post(''), 400],
    ['a missing code', post('{}'), 422],
    ['a code that is not a string', post('{"code":42}'), 422],
    ['a body over the limit', post(JSON.stringify({ code: 'x'.repeat(2000) })), 413],
    ['a declared length over the limit', post('{"code":""}', { 'content-length': '5000' }), 413],
  ])('answers %s with %i', async (_name, request, status) => {
    expect(await statusOf(readJson(request, RunRequest, 1000))).toBe(status);
  });
});

describe('refuseBody', () => {
  const url = 'http://localhost/api/auth/signout';
  it('lets a request with no body or an empty one through', async () => {
    await expect(refuseBody(new Request(url, { method: 'POST' }))).resolves.toBeUndefined();
    const empty = new Request(url, { method: 'POST', body: new ReadableStream({ start: (c) => c.close() }), duplex: 'half' } as RequestInit);
    await expect(refuseBody(empty)).resolves.toBeUndefined();
  });

  it('refuses a single byte with 413', async () => {
    expect(await statusOf(refuseBody(new Request(url, { method: 'POST', body: 'x' })))).toBe(413);
  });
});
