// Runs through the snippet API with the real sandbox pool: save with a run, run again, history,
// one run's full result, and who may run other code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { POST as create } from '../../route.ts';
import { GET as read } from '../route.ts';
import { GET as history, POST as runAgain } from './route.ts';
import { GET as readRun } from '../../../runs/[runId]/route.ts';
import type { CreatedRunResponse, CreatedSnippetResponse, RunDetail, RunHistoryResponse, SnippetResponse } from '@/lib/api/snippet-response.ts';

const SEQUENTIAL = 'async function call(){ await sleep(3000); }\nawait call(); await call();\nconsole.log("done");';
const BASE = 'http://localhost/api/snippets';
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (url: string, body?: unknown, headers: Record<string, string> = {}) =>
  new Request(url, { method: 'POST', body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body), headers });

let cleanup: () => Promise<void>;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(async () => {
  await sharedRunner().pool.close();
  await cleanup();
});

describe('snippet runs', () => {
  it('saves with a run, so the shared snippet opens with its timeline', async () => {
    const created = (await (await create(post(BASE, { title: 'seq', code: SEQUENTIAL, run: true }))).json()) as CreatedSnippetResponse;
    expect(created.snippet.latestRun).toMatchObject({ status: 'ok', virtualMs: 6000, snippetId: created.id });
    const shared = (await (await read(new Request(`${BASE}/${created.id}`), ctx(created.id))).json()) as SnippetResponse;
    expect(shared.latestRun?.result.console.map((l) => [l.t, l.text])).toEqual([[6000, 'done']]);
  });

  it('runs again, lists history newest first and serves each run in full', async () => {
    const created = (await (await create(post(BASE, { title: 'seq', code: SEQUENTIAL }))).json()) as CreatedSnippetResponse;
    const first = await runAgain(post(`${BASE}/${created.id}/runs`, undefined, { 'x-owner-secret': created.ownerSecret }), ctx(created.id));
    expect(first.status).toBe(201);
    const tasks = 'const a = asyncio.createTask(sleep(3000)); const b = asyncio.createTask(sleep(3000)); await a; await b;';
    const second = await runAgain(post(`${BASE}/${created.id}/runs`, { code: tasks }, { 'x-owner-secret': created.ownerSecret }), ctx(created.id));
    const { run } = (await second.json()) as CreatedRunResponse;
    expect(run.virtualMs).toBe(3000);
    const list = (await (await history(new Request(`${BASE}/${created.id}/runs`), ctx(created.id))).json()) as RunHistoryResponse;
    expect(list.runs.map((r) => r.virtualMs)).toEqual([3000, 6000]);
    expect(list.runs[0]).not.toHaveProperty('result');
    const full = (await (await readRun(new Request(`http://localhost/api/runs/${run.id}`), { params: Promise.resolve({ runId: run.id }) })).json()) as RunDetail;
    expect(full.result.virtualMs).toBe(3000);
  });

  it('refuses other code from a non-owner, unknown snippets and unknown runs', async () => {
    const created = (await (await create(post(BASE, { title: 'x', code: 'await sleep(1)' }))).json()) as CreatedSnippetResponse;
    expect((await runAgain(post(`${BASE}/${created.id}/runs`, { code: 'console.log(1)' }), ctx(created.id))).status).toBe(403);
    expect((await runAgain(post(`${BASE}/nosuchid00/runs`), ctx('nosuchid00'))).status).toBe(404);
    expect((await history(new Request(`${BASE}/nosuchid00/runs`), ctx('nosuchid00'))).status).toBe(404);
    expect((await runAgain(post(`${BASE}/${created.id}/runs`, '{"code":'), ctx(created.id))).status).toBe(400);
    expect((await readRun(new Request('http://localhost/api/runs/nosuchrun000'), { params: Promise.resolve({ runId: 'nosuchrun000' }) })).status).toBe(404);
  });
});
