// Every API handler that can carry a body refuses one past its named limit with 413, whether the
// size is declared (Content-Length) or only streamed (chunked), and accepts one right at the limit
// (it then fails JSON parsing: 400). Bodyless handlers refuse any byte. A new mutating handler
// that is missing from the table below fails the coverage test.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { MAX_AUTH_BODY_BYTES } from '@/lib/api/auth-request.ts';
import { MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { MAX_RUN_BODY_BYTES } from '@/lib/api/run-request.ts';
import { MAX_EXPLORE_BODY_BYTES } from '@/lib/api/explore-request.ts';
import { MAX_SNIPPET_BODY_BYTES } from '@/lib/api/snippet-request.ts';
import { NO_BODY_BYTES } from '@/lib/http/read-json.ts';
import { SEED_ASSIGNMENT } from '@/lib/classroom/seed-assignment.ts';

const API_DIR = path.dirname(new URL(import.meta.url).pathname);
const ORIGIN = 'http://localhost';
const BODY_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof BODY_METHODS)[number];
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
/** `leaver` signs out in its test, should the limit ever fail, without logging the student out. */
type Who = 'teacher' | 'student' | 'leaver' | null;
/** One streamed chunk, as a client might send it, in bytes. */
const CHUNK_BYTES = 64 * 1024;

interface Route {
  file: string;
  method: Method;
  limitBytes: number;
  as: Who;
  params?: () => Record<string, string>;
}

const state: Record<string, string> = {};
const ROUTES: Route[] = [
  { file: 'run/route.ts', method: 'POST', limitBytes: MAX_RUN_BODY_BYTES, as: null },
  { file: 'explore/route.ts', method: 'POST', limitBytes: MAX_EXPLORE_BODY_BYTES, as: null },
  { file: 'snippets/route.ts', method: 'POST', limitBytes: MAX_SNIPPET_BODY_BYTES, as: null },
  { file: 'snippets/[id]/route.ts', method: 'PUT', limitBytes: MAX_SNIPPET_BODY_BYTES, as: null, params: () => ({ id: state.snippetId! }) },
  { file: 'snippets/[id]/fork/route.ts', method: 'POST', limitBytes: MAX_SNIPPET_BODY_BYTES, as: null, params: () => ({ id: state.snippetId! }) },
  { file: 'snippets/[id]/runs/route.ts', method: 'POST', limitBytes: MAX_SNIPPET_BODY_BYTES, as: null, params: () => ({ id: state.snippetId! }) },
  { file: 'auth/signin/route.ts', method: 'POST', limitBytes: MAX_AUTH_BODY_BYTES, as: null },
  { file: 'auth/signup/route.ts', method: 'POST', limitBytes: MAX_AUTH_BODY_BYTES, as: null },
  { file: 'auth/signout/route.ts', method: 'POST', limitBytes: NO_BODY_BYTES, as: 'leaver' },
  { file: 'classes/route.ts', method: 'POST', limitBytes: MAX_CLASSROOM_BODY_BYTES, as: 'teacher' },
  { file: 'classes/join/route.ts', method: 'POST', limitBytes: MAX_CLASSROOM_BODY_BYTES, as: 'student' },
  { file: 'classes/[id]/assignments/route.ts', method: 'POST', limitBytes: MAX_CLASSROOM_BODY_BYTES, as: 'teacher', params: () => ({ id: state.classId! }) },
  { file: 'classes/[id]/students/[studentId]/route.ts', method: 'DELETE', limitBytes: NO_BODY_BYTES, as: 'teacher', params: () => ({ id: state.classId!, studentId: state.studentId! }) },
  { file: 'assignments/[id]/route.ts', method: 'PUT', limitBytes: MAX_CLASSROOM_BODY_BYTES, as: 'teacher', params: () => ({ id: state.assignmentId! }) },
  { file: 'assignments/[id]/submissions/route.ts', method: 'POST', limitBytes: MAX_CLASSROOM_BODY_BYTES, as: 'student', params: () => ({ id: state.assignmentId! }) },
  { file: 'assignments/[id]/regrade/route.ts', method: 'POST', limitBytes: NO_BODY_BYTES, as: 'teacher', params: () => ({ id: state.assignmentId! }) },
  { file: 'assignments/[id]/extensions/[studentId]/route.ts', method: 'PUT', limitBytes: MAX_CLASSROOM_BODY_BYTES, as: 'teacher', params: () => ({ id: state.assignmentId!, studentId: state.studentId! }) },
];

let nextIp = 1;
/** A same-origin request, from a fresh client IP each time so no per-IP rate limit interferes. */
function request(method: Method, body: BodyInit | undefined, headers: Record<string, string> = {}, cookie?: string): Request {
  const all: Record<string, string> = { origin: ORIGIN, host: 'localhost', 'content-type': 'application/json', 'x-forwarded-for': `10.77.${nextIp >> 8}.${nextIp++ & 255}`, ...headers };
  if (cookie) all.cookie = cookie;
  return new Request(`${ORIGIN}/api/x`, { method, body, headers: all, duplex: 'half' } as RequestInit);
}

/** `totalBytes` of 'x' in CHUNK_BYTES pieces, with no Content-Length (like a chunked upload). */
function streamOf(totalBytes: number): ReadableStream<Uint8Array> {
  let left = totalBytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const size = Math.min(CHUNK_BYTES, left);
      left -= size;
      controller.enqueue(new Uint8Array(size).fill(0x78));
    },
  });
}

const handlers = new Map<string, Handler>();
async function handler(route: Route): Promise<Handler> {
  const key = `${route.file} ${route.method}`;
  if (!handlers.has(key)) handlers.set(key, (await import(/* @vite-ignore */ `./${route.file}`))[route.method] as Handler);
  return handlers.get(key)!;
}

async function call(route: Route, body: BodyInit | undefined, headers?: Record<string, string>): Promise<Response> {
  const cookie = route.as ? state[route.as] : undefined;
  return (await handler(route))(request(route.method, body, headers, cookie), { params: Promise.resolve(route.params?.() ?? {}) });
}

async function json(route: Route, body: unknown, as: Who = route.as): Promise<Record<string, any>> {
  const response = await call({ ...route, as }, JSON.stringify(body));
  expect(response.status, `${route.file}: ${await response.clone().text()}`).toBeLessThan(300);
  return response.json();
}

async function account(username: string, role: 'teacher' | 'student'): Promise<string> {
  const signup = ROUTES.find((r) => r.file === 'auth/signup/route.ts')!;
  const response = await call(signup, JSON.stringify({ username, password: 'a long enough password', role }));
  expect(response.status).toBe(201);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

const routeFor = (file: string) => ROUTES.find((r) => r.file === file)!;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = useTempAppDatabase();
  state.teacher = await account('limits-teacher', 'teacher');
  state.student = await account('limits-student', 'student');
  state.leaver = await account('limits-leaver', 'student');
  const created = await json(routeFor('classes/route.ts'), { name: 'Limits' });
  state.classId = created.classroom.id;
  await json(routeFor('classes/join/route.ts'), { code: created.classroom.joinCode });
  state.studentId = 'no-such-student';
  const assignment = await json(routeFor('classes/[id]/assignments/route.ts'), { ...SEED_ASSIGNMENT, dueAt: new Date(Date.now() + 86_400_000).toISOString() });
  state.assignmentId = assignment.assignment.id;
  state.snippetId = (await json(routeFor('snippets/route.ts'), { title: 'limits', code: 'console.log(1)', run: false })).id;
}, 60_000);
afterAll(async () => cleanup());

describe('request body limits', () => {
  it('covers every API handler that can carry a body', async () => {
    const files = fs.readdirSync(API_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('route.ts'));
    const found: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(path.join(API_DIR, file), 'utf8');
      for (const method of BODY_METHODS) if (new RegExp(`export async function ${method}\\b`).test(source)) found.push(`${file} ${method}`);
    }
    expect(found.sort()).toEqual(ROUTES.map((r) => `${r.file} ${r.method}`).sort());
  });

  describe.each(ROUTES.map((r) => [`${r.method} ${r.file}`, r] as const))('%s', (_name, route) => {
    it(`refuses a declared length one byte past the limit with 413`, async () => {
      const response = await call(route, '{}', { 'content-length': String(route.limitBytes + 1) });
      expect(response.status).toBe(413);
    });

    it(`refuses a streamed body one byte past the limit with 413`, async () => {
      const response = await call(route, streamOf(route.limitBytes + 1));
      expect(response.status).toBe(413);
    });

    if (route.limitBytes > 0) {
      it('reads a body right at the limit (then finds it is not JSON: 400)', async () => {
        const response = await call(route, streamOf(route.limitBytes));
        expect(response.status).toBe(400);
      });
    }
  });
});
