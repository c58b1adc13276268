// The security review's web findings through the real route adapters (SQLite, real pool): cross-site
// POSTs to snippet routes, forged Host headers, lone surrogates, and runs stored on others' snippets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { requireSameOrigin } from '@/lib/http/csrf.ts';
import { ApiError } from '@/lib/http/errors.ts';
import type { CreatedSnippetResponse } from '@/lib/api/snippet-response.ts';
import { POST as create } from './snippets/route.ts';
import { PUT as update } from './snippets/[id]/route.ts';
import { POST as fork } from './snippets/[id]/fork/route.ts';
import { GET as history, POST as storeRun } from './snippets/[id]/runs/route.ts';
import { POST as signup } from './auth/signup/route.ts';
import { POST as join } from './classes/join/route.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';
import { database } from '@/lib/db/database.ts';
import { GET as readRun } from './runs/[runId]/route.ts';
import { LARGE_RUN_READS_PER_MINUTE_PER_ADDRESS, JOINS_PER_MINUTE_PER_USER, SAVES_PER_MINUTE_PER_ADDRESS, SAVES_PER_MINUTE_PER_USER } from '@/lib/ratelimit/policy.ts';

const BASE = 'http://localhost/api/snippets';
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
function post(url: string, body: unknown, headers: Record<string, string> = {}, method = 'POST'): Request {
  return new Request(url, { method, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { host: 'localhost', ...headers } });
}
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (error) {
    return error instanceof ApiError ? error.status : 500;
  }
};

let cleanup: () => Promise<void>;
let saved: CreatedSnippetResponse;
beforeAll(async () => {
  cleanup = useTempAppDatabase();
  saved = (await (await create(post(BASE, { title: 't', code: 'console.log(1)' }))).json()) as CreatedSnippetResponse;
});
afterAll(async () => {
  await sharedRunner().pool.close();
  await cleanup();
});

describe('item 16: snippet routes refuse cross-site requests', () => {
  const evil = { origin: 'https://evil.example', 'content-type': 'text/plain' };
  it('a cross-site text/plain POST creates nothing (was 201)', async () => {
    const response = await create(post(BASE, { title: 'csrf', code: '1' }, evil));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(/cross-site/);
  });

  it('refuses cross-site update, fork and stored runs, and Sec-Fetch-Site: cross-site', async () => {
    const owner = { 'x-owner-secret': saved.ownerSecret };
    expect((await update(post(`${BASE}/${saved.id}`, { code: '2' }, { ...evil, ...owner }, 'PUT'), ctx(saved.id))).status).toBe(403);
    expect((await fork(post(`${BASE}/${saved.id}/fork`, {}, evil), ctx(saved.id))).status).toBe(403);
    expect((await storeRun(post(`${BASE}/${saved.id}/runs`, {}, { ...evil, ...owner }), ctx(saved.id))).status).toBe(403);
    expect((await create(post(BASE, { title: 'x', code: '1' }, { 'sec-fetch-site': 'cross-site' }))).status).toBe(403);
  });

  it('refuses a request that carries cookies but no Origin; same-site and cookieless scripts pass', async () => {
    const cookie = `tl_owner_${saved.id}=${saved.ownerSecret}`;
    expect((await update(post(`${BASE}/${saved.id}`, { code: '3' }, { cookie }, 'PUT'), ctx(saved.id))).status).toBe(403);
    expect((await update(post(`${BASE}/${saved.id}`, { code: '3' }, { cookie, origin: 'http://localhost' }, 'PUT'), ctx(saved.id))).status).toBe(200);
    expect((await create(post(BASE, { title: 'script', code: '1' }))).status).toBe(201);
  });
});

describe('item 15: the public origin is a setting, not the Host header', () => {
  const req = (headers: Record<string, string>) => new Request('http://internal:3000/api/classes', { method: 'POST', headers });
  it('ignores Host and X-Forwarded-Host when TASKLINE_PUBLIC_URL is set', () => {
    const configured = 'https://taskline.example';
    expect(status(() => requireSameOrigin(req({ origin: 'https://evil.example', host: 'evil.example' }), configured))).toBe(403);
    expect(status(() => requireSameOrigin(req({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }), configured))).toBe(403);
    expect(status(() => requireSameOrigin(req({ origin: 'http://taskline.example', host: 'taskline.example' }), configured))).toBe(403);
    expect(status(() => requireSameOrigin(req({ origin: 'https://taskline.example', host: 'internal:3000' }), configured))).toBe(200);
  });

  it('without the setting, trusts only a loopback Host, never X-Forwarded-Host', () => {
    expect(status(() => requireSameOrigin(req({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', host: 'localhost' }), null))).toBe(403);
    expect(status(() => requireSameOrigin(req({ origin: 'https://evil.example', host: 'evil.example' }), null))).toBe(403);
    expect(status(() => requireSameOrigin(req({ origin: 'http://localhost:3000', host: 'localhost:3000' }), null))).toBe(200);
  });
});

describe('item 14: lone surrogates are refused with 422 before any work', () => {
  it.each([
    ['a snippet title', () => create(post(BASE, '{"title":"\\ud800","code":"console.log(1)","run":true}'))],
    ['snippet code', () => create(post(BASE, '{"title":"t","code":"console.log(\'\\udfff\')"}'))],
    ['a sign-up', () => signup(post('http://localhost/api/auth/signup', '{"username":"u\\ud83d","password":"a long enough password","role":"student"}', { origin: 'http://localhost' }))],
  ])('%s', async (_what, send) => {
    const response = await send();
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(/lone surrogate/);
  });

  it('keeps well-formed astral text (a surrogate pair) as it was sent', async () => {
    const response = await create(post(BASE, '{"title":"\\ud83d\\ude00 ok","code":"console.log(1)"}'));
    expect(response.status).toBe(201);
    expect(((await response.json()) as CreatedSnippetResponse).snippet.title).toBe('😀 ok');
  });
});

describe('item 7: only a snippet\'s owner stores runs on it', () => {
  it('refuses a stranger re-running the saved code (it wrote a stored run each time)', async () => {
    const before = ((await (await history(new Request(`${BASE}/${saved.id}/runs`), ctx(saved.id))).json()) as { runs: unknown[] }).runs.length;
    expect((await storeRun(post(`${BASE}/${saved.id}/runs`, {}), ctx(saved.id))).status).toBe(403);
    const after = ((await (await history(new Request(`${BASE}/${saved.id}/runs`), ctx(saved.id))).json()) as { runs: unknown[] }).runs.length;
    expect(after).toBe(before);
    expect((await storeRun(post(`${BASE}/${saved.id}/runs`, {}, { 'x-owner-secret': saved.ownerSecret }), ctx(saved.id))).status).toBe(201);
  });
});

describe('item 7: reads of large runs are rate-limited', () => {
  it('serves small runs freely, and large ones up to their budget, then 429 with Retry-After', async () => {
    const big = 'for (let i = 0; i < 300; i++) console.log("x".repeat(1000));';
    const snippet = (await (await create(post(BASE, { title: 'big', code: big }))).json()) as CreatedSnippetResponse;
    const owner = { 'x-owner-secret': snippet.ownerSecret };
    const stored = (await (await storeRun(post(`${BASE}/${snippet.id}/runs`, {}, owner), ctx(snippet.id))).json()) as { run: { id: string } };
    const small = (await (await storeRun(post(`${BASE}/${saved.id}/runs`, {}, { 'x-owner-secret': saved.ownerSecret }), ctx(saved.id))).json()) as { run: { id: string } };
    const read = (id: string) => readRun(new Request(`http://localhost/api/runs/${id}`, { headers: { 'x-forwarded-for': '203.0.113.200' } }), { params: Promise.resolve({ runId: id }) });
    for (let i = 0; i < 3 * LARGE_RUN_READS_PER_MINUTE_PER_ADDRESS; i++) expect((await read(small.run.id)).status).toBe(200);
    for (let i = 0; i < LARGE_RUN_READS_PER_MINUTE_PER_ADDRESS; i++) expect((await read(stored.run.id)).status).toBe(200);
    const refused = await read(stored.run.id);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: string }).error).toMatch(/too many reads of large runs/);
  });
});

describe('item 13: budgets hold per address whatever the account', () => {
  const IP = '198.51.100.77';
  async function account(name: string, ip = IP): Promise<string> {
    const body = { username: name, password: 'a long enough password', role: 'student' };
    const response = await signup(post('http://localhost/api/auth/signup', body, { origin: 'http://localhost', 'x-forwarded-for': ip }));
    expect(response.status).toBe(201);
    return response.headers.get('set-cookie')!.split(';')[0]!;
  }
  const save = (cookie: string, ip = IP) => post(BASE, {}, { cookie, 'x-forwarded-for': ip });
  const refusedStatus = (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof ApiError ? e.status : 500));

  it('a fresh account from a spent address is refused too; another address is not', async () => {
    const db = await database();
    const accounts = SAVES_PER_MINUTE_PER_ADDRESS / SAVES_PER_MINUTE_PER_USER;
    for (let a = 0; a < accounts; a++) {
      const cookie = await account(`saver${a}`);
      for (let i = 0; i < SAVES_PER_MINUTE_PER_USER; i++) await enforceRateLimit(db, await clientKeyFor(db, save(cookie)), ['save']);
    }
    const fresh = await account('saverfresh');
    expect(await refusedStatus(enforceRateLimit(db, await clientKeyFor(db, save(fresh)), ['save']))).toBe(429);
    // The same fresh account from its own, unspent address still has its own budget.
    expect(await refusedStatus(enforceRateLimit(db, await clientKeyFor(db, save(fresh, '198.51.100.78')), ['save']))).toBe(200);
  });

  it('IPv6 addresses in one /64 share the budget', async () => {
    const db = await database();
    const from = (suffix: string) => post(BASE, {}, { 'x-forwarded-for': `2001:db8:77:1::${suffix}` });
    for (let i = 0; i < SAVES_PER_MINUTE_PER_ADDRESS; i++) await enforceRateLimit(db, await clientKeyFor(db, from((i % 9000).toString(16))), ['save']);
    expect(await refusedStatus(enforceRateLimit(db, await clientKeyFor(db, from('ffff')), ['save']))).toBe(429);
  });

  it('join-code attempts have their own limit', async () => {
    const cookie = await account('joiner', '198.51.100.90');
    const attempt = () => join(post('http://localhost/api/classes/join', { code: 'ZZZZ9999' }, { cookie, origin: 'http://localhost', 'x-forwarded-for': '198.51.100.90' }));
    for (let i = 0; i < JOINS_PER_MINUTE_PER_USER; i++) expect((await attempt()).status).toBe(404);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: string }).error).toMatch(/too many join-code attempts/);
  });
});
