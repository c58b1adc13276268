// The snippet API's adapters, called directly with Request objects against a fresh SQLite file
// (migrated on first use, as the app does): create, read, owner-only update, fork, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { POST as create } from './route.ts';
import { GET as read, PUT as update } from './[id]/route.ts';
import { POST as fork } from './[id]/fork/route.ts';
import { MAX_CODE_BYTES } from '@/lib/runner/limits.ts';
import type { CreatedSnippetResponse, SnippetResponse } from '@/lib/api/snippet-response.ts';
import { database } from '@/lib/db/database.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';
import { SAVES_PER_MINUTE_PER_ADDRESS } from '@/lib/ratelimit/policy.ts';

const BASE = 'http://localhost/api/snippets';
const HOSTILE = { title: `<img src=x onerror=alert(1)>'; DROP TABLE "Snippet";--`, code: 'console.log("</script><script>alert(1)</script>");' };
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(BASE, { method, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

async function save(body: unknown = { title: 't', code: 'await sleep(1)' }) {
  const response = await create(json('POST', body));
  return { response, body: (await response.json()) as CreatedSnippetResponse };
}

let cleanup: () => Promise<void>;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(async () => cleanup());

describe('POST /api/snippets', () => {
  it('saves verbatim and hands the owner secret back once, in the body and an httpOnly cookie', async () => {
    const { response, body } = await save(HOSTILE);
    expect(response.status).toBe(201);
    expect(body).toMatchObject({ id: expect.stringMatching(/^[0-9A-Za-z]{10}$/), url: `/s/${body.id}`, editUrl: `/s/${body.id}#owner=${body.ownerSecret}` });
    expect(body.snippet).toMatchObject({ ...HOSTILE, isOwner: true, latestRun: null, forkedFromId: null });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`tl_owner_${body.id}=${body.ownerSecret}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('accepts two saves at once', async () => {
    const [a, b] = await Promise.all([save({ title: 'a', code: '1' }), save({ title: 'b', code: '2' })]);
    expect([a.response.status, b.response.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it.each([
    ['malformed JSON', '{"title": ', 400],
    ['a missing code', { title: 'x' }, 422],
    ['a title over the limit', { title: 'x'.repeat(201), code: '' }, 422],
    ['NUL in the code', { title: 'x', code: 'a\u0000b' }, 422],
    ['code over the limit', { title: 'x', code: 'x'.repeat(MAX_CODE_BYTES + 1) }, 413],
  ])('answers %s with %i and a JSON error', async (_name, body, status) => {
    const response = await create(json('POST', body));
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toEqual(expect.any(String));
  });
});

describe('GET /api/snippets/<id>', () => {
  it('returns the snippet, and whether the caller owns it', async () => {
    const { body } = await save(HOSTILE);
    const anonymous = (await (await read(new Request(`${BASE}/${body.id}`), ctx(body.id))).json()) as SnippetResponse;
    expect(anonymous).toMatchObject({ ...HOSTILE, id: body.id, isOwner: false });
    expect(anonymous).not.toHaveProperty('ownerSecretHash');
    const owner = await read(new Request(`${BASE}/${body.id}`, { headers: { cookie: `x=1; tl_owner_${body.id}=${body.ownerSecret}` } }), ctx(body.id));
    expect(((await owner.json()) as SnippetResponse).isOwner).toBe(true);
  });

  it.each(['nosuchid00', 'short', '../../etc'])('answers an unknown id %s with 404 JSON', async (id) => {
    const response = await read(new Request(`${BASE}/${id}`), ctx(id));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/no snippet/);
  });
});

describe('PUT /api/snippets/<id>', () => {
  it('lets the owner edit by cookie, Bearer or x-owner-secret, and nobody else', async () => {
    const { body } = await save();
    const put = (headers: Record<string, string>, code: string) => update(json('PUT', { code }, headers), ctx(body.id));
    expect((await put({}, 'stolen')).status).toBe(403);
    expect((await put({ cookie: `tl_owner_${body.id}=wrong`, origin: 'http://localhost' }, 'stolen')).status).toBe(403);
    // A browser's PUT always carries Origin; cookies without one are refused (CSRF).
    expect((await put({ cookie: `tl_owner_${body.id}=${body.ownerSecret}`, origin: 'http://localhost' }, 'one')).status).toBe(200);
    expect((await put({ authorization: `Bearer ${body.ownerSecret}` }, 'two')).status).toBe(200);
    const last = await put({ 'x-owner-secret': body.ownerSecret }, 'three');
    expect(((await last.json()) as SnippetResponse).code).toBe('three');
    expect(((await (await read(new Request(`${BASE}/${body.id}`), ctx(body.id))).json()) as SnippetResponse).code).toBe('three');
  });

  it('answers 404 for an unknown id, 422 for an empty change, 413 for oversized code', async () => {
    const { body } = await save();
    const auth = { authorization: `Bearer ${body.ownerSecret}` };
    expect((await update(json('PUT', { code: 'x' }, auth), ctx('nosuchid00'))).status).toBe(404);
    expect((await update(json('PUT', {}, auth), ctx(body.id))).status).toBe(422);
    expect((await update(json('PUT', { code: 'x'.repeat(MAX_CODE_BYTES + 1) }, auth), ctx(body.id))).status).toBe(413);
  });
});

describe('POST /api/snippets/<id>/fork', () => {
  it('copies the snippet into a new one the forker owns', async () => {
    const { body: original } = await save(HOSTILE);
    const response = await fork(new Request(`${BASE}/${original.id}/fork`, { method: 'POST' }), ctx(original.id));
    expect(response.status).toBe(201);
    const copy = (await response.json()) as CreatedSnippetResponse;
    expect(copy.snippet).toMatchObject({ ...HOSTILE, forkedFromId: original.id, isOwner: true });
    expect(copy.id).not.toBe(original.id);
    expect(response.headers.get('set-cookie')).toContain(`tl_owner_${copy.id}=`);
    const renamed = await fork(json('POST', { title: 'mine now' }), ctx(original.id));
    expect(((await renamed.json()) as CreatedSnippetResponse).snippet.title).toBe('mine now');
    expect((await fork(new Request(`${BASE}/x/fork`, { method: 'POST' }), ctx('nosuchid00'))).status).toBe(404);
  });
});

describe('save rate limit', () => {
  it("answers a client's save past its budget with 429 and Retry-After, on create, update and fork alike", async () => {
    const { body: mine } = await save();
    const from = (ip: string, headers: Record<string, string> = {}) => ({ 'x-forwarded-for': ip, ...headers });
    const db = await database();
    for (let i = 0; i < SAVES_PER_MINUTE_PER_ADDRESS - 1; i++) await enforceRateLimit(db, await clientKeyFor(db, json('POST', {}, from('203.0.113.50'))), ['save']);
    const body = { title: 't', code: '1' };
    expect((await create(json('POST', body, from('203.0.113.50')))).status).toBe(201);
    const refused = await create(json('POST', body, from('203.0.113.50')));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^too many saves: .* try again in \d+ s$/);
    const owner = from('203.0.113.50', { 'x-owner-secret': mine.ownerSecret });
    expect((await update(json('PUT', { code: '2' }, owner), ctx(mine.id))).status).toBe(429);
    expect((await fork(json('POST', {}, from('203.0.113.50')), ctx(mine.id))).status).toBe(429);
    expect((await create(json('POST', body, from('203.0.113.51')))).status).toBe(201);
  });
});
