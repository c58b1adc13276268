// Optional bodies: none, empty, JSON, malformed and oversized each get the right answer.
import { describe, expect, it } from 'vitest';
import { readOptionalJson } from './snippet-params.ts';
import { CreateRunRequest } from '../api/snippet-request.ts';
import { ApiError } from './errors.ts';

const url = 'http://localhost/api/snippets/x/runs';
const status = (promise: Promise<unknown>) => promise.then(() => 200, (e: unknown) => (e instanceof ApiError ? e.status : 500));

describe('readOptionalJson', () => {
  it('reads no body and an empty body as {}', async () => {
    await expect(readOptionalJson(new Request(url, { method: 'POST' }), CreateRunRequest, 100)).resolves.toEqual({});
    const emptyStream = new Request(url, { method: 'POST', body: new ReadableStream({ start: (c) => c.close() }), duplex: 'half' } as RequestInit);
    await expect(readOptionalJson(emptyStream, CreateRunRequest, 100)).resolves.toEqual({});
  });

  it('reads JSON and refuses malformed, wrong or oversized bodies', async () => {
    await expect(readOptionalJson(new Request(url, { method: 'POST', body: '{"code":"x"}' }), CreateRunRequest, 100)).resolves.toEqual({ code: 'x' });
    expect(await status(readOptionalJson(new Request(url, { method: 'POST', body: '{"code":' }), CreateRunRequest, 100))).toBe(400);
    expect(await status(readOptionalJson(new Request(url, { method: 'POST', body: '{"code":1}' }), CreateRunRequest, 100))).toBe(422);
    expect(await status(readOptionalJson(new Request(url, { method: 'POST', body: 'x'.repeat(101) }), CreateRunRequest, 100))).toBe(413);
  });
});
