// The share page's reads of a large stored run draw on the client's large-read budget: once spent,
// the page still loads, without the stored run (a 7.5 MB run read in parallel stalled the server).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { LARGE_RUN_READS_PER_MINUTE_PER_ADDRESS } from '@/lib/ratelimit/policy.ts';
import type { CreatedSnippetResponse } from '@/lib/api/snippet-response.ts';
import { POST as create } from '../../api/snippets/route.ts';
import { loadSnippetPage } from './load-snippet.ts';

let address = '203.0.113.150';
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': address }) }));

let cleanup: () => Promise<void>;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(async () => {
  await sharedRunner().pool.close();
  await cleanup();
});

describe('share page reads', () => {
  it('shows a large run until the address has read its budget of them, then the snippet without it', async () => {
    const code = 'for (let i = 0; i < 300; i++) console.log("x".repeat(1000));';
    const body = JSON.stringify({ title: 'big', code, run: true });
    const created = (await (await create(new Request('http://localhost/api/snippets', { method: 'POST', body }))).json()) as CreatedSnippetResponse;
    for (let i = 0; i < LARGE_RUN_READS_PER_MINUTE_PER_ADDRESS; i++) {
      expect((await loadSnippetPage(created.id))?.snippet.latestRun?.status).toBe('ok');
    }
    const spent = await loadSnippetPage(created.id);
    expect(spent?.snippet.title).toBe('big');
    expect(spent?.snippet.latestRun).toBeNull();
    address = '203.0.113.151';
    expect((await loadSnippetPage(created.id))?.snippet.latestRun?.status).toBe('ok');
  });
});
