// The production server's own POST /api/run (run-endpoint.ts) against the Next route it stands in
// for: the same statuses, bodies and security headers through the real pool, and the hostile cases
// a raw node:http adapter must get right itself (bodies over the limit, chunked or declared).
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/run/route.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { MAX_CODE_BYTES } from '@/lib/runner/limits.ts';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { pinClientAddress } from '@/lib/ratelimit/forwarded-for.ts';
import { API_SOURCE, EVERY_SOURCE, securityHeaderRules } from './security-headers.ts';
import { isRunRequest, serveRun } from './run-endpoint.ts';
import { MAX_RUN_BODY_BYTES } from './run-request-handler.ts';

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; closed: boolean }

let server: Server;
let port: number;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = useTempAppDatabase();
  server = createServer((req, res) => {
    pinClientAddress(req.headers, req.socket.remoteAddress, false);
    if (isRunRequest(req)) void serveRun(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.close();
  await sharedRunner().pool.close();
  await cleanup();
});

/** One request on a fresh connection; `chunks` are written one by one (chunked when no length is set). */
function send(chunks: string[], headers: Record<string, string> = {}, path = '/api/run'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, host: '127.0.0.1', path, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (p: Buffer) => parts.push(p));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts), closed: res.headers.connection === 'close' }));
    });
    req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const viaNext = (body: string) => POST(new Request('http://localhost/api/run', { method: 'POST', body, headers: { 'x-forwarded-for': '127.0.0.1' } }));
/** A RunResult without the figures that differ between two runs of the same program. */
const comparable = (json: string) => JSON.parse(json, (key, value: unknown) => (key === 'wallMs' || key === 'cpuMs' ? 0 : value)) as unknown;

describe('POST /api/run on the production server', () => {
  it.each([
    ['a program', JSON.stringify({ code: 'await sleep(1500); console.log("done", [1, 2]);' })],
    ['a failing program', JSON.stringify({ code: 'const x: number = 1;\nthrow new TypeError("nope " + x);' })],
    ['a compile error', JSON.stringify({ code: 'let a = 1;\nlet b = ;' })],
    ['a replayed schedule', JSON.stringify({ code: 'setTimeout(() => console.log("a"), 0); setImmediate(() => console.log("b"));', schedule: '' })],
    ['malformed JSON', '{"code": '],
    ['an empty body', ''],
    ['a missing code', '{}'],
    ['a non-string code', '{"code": 1}'],
    ['a lone surrogate', '{"code": "\\ud800"}'],
    ['a bad schedule', JSON.stringify({ code: '1', schedule: 'x.y' })],
    ['code over the limit', JSON.stringify({ code: 'x'.repeat(MAX_CODE_BYTES + 1) })],
  ])('answers %s as the Next route does', async (_name, body) => {
    const mine = await send([body]);
    const next = await viaNext(body);
    expect(mine.status).toBe(next.status);
    expect(comparable(mine.body.toString('utf8'))).toEqual(comparable(await next.text()));
    expect(mine.headers['content-type']).toBe('application/json');
  });

  it('sends every security header next.config.js gives /api/ answers', async () => {
    const answer = await send([JSON.stringify({ code: 'console.log(1)' })]);
    const wanted = securityHeaderRules({ dev: false }).filter((r) => r.source === EVERY_SOURCE || r.source === API_SOURCE).flatMap((r) => r.headers);
    expect(wanted.length).toBeGreaterThan(5);
    for (const { key, value } of wanted) expect(answer.headers[key.toLowerCase()]).toBe(value);
  });

  it('refuses a declared body over the limit with 413 before reading it', async () => {
    const answer = await send(['{"code":"'], { 'content-length': String(MAX_RUN_BODY_BYTES + 1) });
    expect(answer.status).toBe(413);
    expect(answer.closed).toBe(true);
  });

  it('refuses a chunked body once it passes the limit, and closes the connection', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const answer = await send(['{"code":"', ...Array.from({ length: Math.ceil(MAX_RUN_BODY_BYTES / chunk.length) + 2 }, () => chunk), '"}']);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ error: `request body exceeds the limit of ${MAX_RUN_BODY_BYTES} bytes` });
    expect(answer.closed).toBe(true);
  });

  it('reassembles a body split inside a multi-byte character', async () => {
    const body = Buffer.from(JSON.stringify({ code: 'console.log("héllo ✓")' }));
    const cut = body.indexOf(Buffer.from('✓')) + 1;
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = httpRequest({ port, host: '127.0.0.1', path: '/api/run', method: 'POST', agent: false }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (p: Buffer) => parts.push(p));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts), closed: false }));
      });
      req.on('error', reject);
      req.write(body.subarray(0, cut));
      setTimeout(() => req.end(body.subarray(cut)), 20);
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString('utf8')).console[0].text).toBe('héllo ✓');
  });

  it('gzips a large answer only for a client that accepts gzip', async () => {
    const body = JSON.stringify({ code: 'for (let i = 0; i < 200; i++) console.log("line " + i);' });
    const zipped = await send([body], { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8')).console).toHaveLength(200);
    for (const refused of [undefined, 'gzip;q=0', 'identity', 'br']) {
      const plain = await send([body], refused === undefined ? {} : { 'accept-encoding': refused });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(plain.body.toString('utf8')).console).toHaveLength(200);
    }
  });

  it('takes only POST to the exact path (anything else stays with Next)', () => {
    const req = (method: string, url: string) => ({ method, url }) as Parameters<typeof isRunRequest>[0];
    expect(isRunRequest(req('POST', '/api/run'))).toBe(true);
    expect(isRunRequest(req('POST', '/api/run?x=1'))).toBe(true);
    for (const [method, url] of [['GET', '/api/run'], ['OPTIONS', '/api/run'], ['POST', '/api/run/'], ['POST', '/api/runs'], ['POST', '/api/run/../explore'], ['POST', '/API/RUN']]) {
      expect(isRunRequest(req(method!, url!))).toBe(false);
    }
  });

  it('counts runs in the one rate-limit store of the process, whichever copy of the module asks', async () => {
    const { countersFor } = await import('@/lib/ratelimit/counters-for.ts');
    const { database } = await import('@/lib/db/database.ts');
    const first = countersFor(await database());
    vi.resetModules(); // a second copy, as Next's bundle and bin/server.ts each load one
    const again = await import('@/lib/ratelimit/counters-for.ts');
    expect(again.countersFor(await database())).toBe(first);
  });
});
