// Snippet read figures on a production build, printed as `name: value` lines: p50/p95 of
// GET /s/<id> (the server-rendered share page) and GET /api/snippets/<id>, with 10,000 snippets
// (each with a stored run) in a dedicated SQLite file. Needs `next build` first; starts
// the production server (bin/server.ts) itself on BENCH_PORT with DATABASE_URL pointing at that file.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../../lib/db/client.ts';
import { parseDatabaseUrl } from '../../lib/db/database-url.ts';
import { hashOwnerSecret, newOwnerSecret } from '../../lib/db/owner-secret.ts';
import { randomId, RUN_ID_CHARS, SNIPPET_ID_CHARS } from '../../lib/db/ids.ts';
import { hashCode } from '../../lib/db/run-payload.ts';
import { example } from '../../lib/examples/catalog.ts';
import { percentile } from '../runner/measure.ts';

const createTaskExample = example('create-task');

const ROOT = process.cwd();
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://localhost:${PORT}`;
const DB_FILE = path.join(ROOT, 'data', 'bench-snippets.db');
const DATABASE_URL = `file:${DB_FILE}`;
const SNIPPETS = Number(process.env.BENCH_SNIPPETS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const BATCH = 1_000;


async function startServer() {
  for (const suffix of ['', '-wal', '-shm']) rmSync(DB_FILE + suffix, { force: true });
  const server = spawn(process.execPath, ['bin/server.ts', '-p', String(PORT)], {
    env: { ...process.env, DATABASE_URL, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server.on('exit', (code, signal) => console.error(`bench server exited: code ${code}, signal ${signal}`));
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${BASE}/api/snippets/xxxxxxxxxx`).then(() => true, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('the server did not answer within 60 s (did you run next build?)');
}

/** One snippet saved and run through the API: migrates the file and yields a real stored run. */
async function realRunJson(): Promise<string> {
  const response = await fetch(`${BASE}/api/snippets`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'bench seed', code: createTaskExample.code, run: true }),
  });
  const created = await response.json() as { snippet: { latestRun: { result: unknown } | null } };
  if (!created.snippet.latestRun) throw new Error(`seed run failed: ${response.status}`);
  return JSON.stringify(created.snippet.latestRun.result);
}

/** 10,000 snippets and one run each, batched createMany in ONE transaction (synchronous=FULL fsyncs per commit). */
async function seed(resultJson: string): Promise<string[]> {
  const db = createDb(parseDatabaseUrl(DATABASE_URL, ROOT));
  const ids = Array.from({ length: SNIPPETS }, () => randomId(SNIPPET_ID_CHARS));
  const code = createTaskExample.code;
  const result = JSON.parse(resultJson) as { status: string; virtualMs: number; stats: { wallMs: number; cpuMs: number }; tasks: unknown[] };
  const started = performance.now();
  await db.$transaction(async (tx) => {
    for (let at = 0; at < ids.length; at += BATCH) {
      const batch = ids.slice(at, at + BATCH);
      await tx.snippet.createMany({ data: batch.map((id, i) => ({ id, title: `Snippet ${at + i} <b>bench</b>`, code, ownerSecretHash: hashOwnerSecret(newOwnerSecret()) })) });
      await tx.run.createMany({
        data: batch.map((snippetId) => ({
          id: randomId(RUN_ID_CHARS), snippetId, codeHash: hashCode(code), runnerVersion: 'bench', status: result.status,
          virtualMs: result.virtualMs, wallMs: result.stats.wallMs, cpuMs: result.stats.cpuMs, taskCount: result.tasks.length, resultJson,
        })),
      });
    }
  }, { timeout: 120_000 });
  console.log(`seed_snippets: ${ids.length}`);
  console.log(`seed_ms: ${(performance.now() - started).toFixed(0)}`);
  await db.$disconnect();
  return ids;
}

/** One idle turn of the event loop after seeding, in ms. */
const IDLE_TURN_MS = 200;

async function measure(name: string, ids: string[], pathFor: (id: string) => string) {
  const timings: number[] = [];
  for (let i = 0; i < REQUESTS + 30; i++) {
    const id = ids[Math.floor(Math.random() * ids.length)];
    const started = performance.now();
    const response = await fetch(`${BASE}${pathFor(id)}`);
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`${pathFor(id)} answered ${response.status}`);
    if (i >= 30) timings.push(elapsed); // the first 30 warm the server (JIT, connection, page cache)
  }
  console.log(`${name}_p50_ms: ${percentile(timings, 50).toFixed(2)}`);
  console.log(`${name}_p95_ms: ${percentile(timings, 95).toFixed(2)}`);
}

const server = await startServer();
try {
  const ids = await seed(await realRunJson());
  // Seeding blocks this event loop for seconds, past the server's keep-alive timeout; one idle turn
  // lets fetch see the server's close of the pooled socket instead of reusing it ("other side closed").
  await new Promise((resolve) => setTimeout(resolve, IDLE_TURN_MS));
  await measure('snippet_page_get', ids, (id) => `/s/${id}`);
  await measure('snippet_api_get', ids, (id) => `/api/snippets/${id}`);
} finally {
  server.kill();
}
