// POST /api/run end to end through the real sandbox pool: programs that fail are 200 data,
// malformed requests are 4xx with a JSON error.
import { afterAll, describe, expect, it } from 'vitest';
import { POST } from './route.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { MAX_CODE_BYTES } from '@/lib/runner/limits.ts';
import type { RunResult } from '@/lib/runner/protocol.ts';

const post = (body: string) => POST(new Request('http://localhost/api/run', { method: 'POST', body }));

afterAll(() => sharedRunner().pool.close());

describe('POST /api/run', () => {
  it('runs a program and returns its RunResult', async () => {
    const response = await post(JSON.stringify({ code: 'await sleep(1500); console.log("done", [1, 2]);' }));
    expect(response.status).toBe(200);
    const result = (await response.json()) as RunResult;
    expect(result.status).toBe('ok');
    expect(result.virtualMs).toBe(1500);
    expect(result.console.map((l) => [l.t, l.text])).toEqual([[1500, 'done [ 1, 2 ]']]);
  });

  it('answers a failing program with 200 and its status', async () => {
    const response = await post(JSON.stringify({ code: 'const x: number = 1;\nthrow new TypeError("nope " + x);' }));
    expect(response.status).toBe(200);
    const result = (await response.json()) as RunResult;
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ name: 'TypeError', message: 'nope 1', line: 2 });
  });

  it('answers a compile error with 200 and the line', async () => {
    const result = (await (await post(JSON.stringify({ code: 'let a = 1;\nlet b = ;' }))).json()) as RunResult;
    expect(result.status).toBe('compile-error');
    expect(result.error?.line).toBe(2);
  });

  it.each([
    ['malformed JSON', '{"code": ', 400],
    ['a missing code', '{}', 422],
    ['a non-string code', '{"code": 1}', 422],
    ['code over the limit', JSON.stringify({ code: 'x'.repeat(MAX_CODE_BYTES + 1) }), 413],
  ])('answers %s with %i and a JSON error', async (_name, body, status) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toEqual(expect.any(String));
  });
});
