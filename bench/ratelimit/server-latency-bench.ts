// Does bin/server.ts cost latency next to `next start`? Starts both on one production build and one
// throwaway SQLite file, then alternates requests between them and prints p50/p95 per server as
// `name: value` lines. Needs `next build` first. Usage: node bench/ratelimit/server-latency-bench.ts [first port]
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childEnvironment } from '../../lib/env.ts';
import { percentile } from '../runner/measure.ts';

/** Requests per path and server. */
const REQUESTS_PER_SERVER = 500;
/** How long a server may take to answer its first request, in ms. */
const START_TIMEOUT_MS = 90_000;

const firstPort = Number(process.argv[2] ?? 4210);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskline-server-bench-'));
const env = childEnvironment({ DATABASE_URL: `file:${path.join(dir, 'bench.db')}`, NODE_ENV: 'production' });

const servers = [
  { name: 'next-start', port: firstPort, args: ['node_modules/next/dist/bin/next', 'start', '-p', String(firstPort)] },
  { name: 'bin-server', port: firstPort + 1, args: ['bin/server.ts', '-p', String(firstPort + 1)] },
];

async function waitUntilUp(port: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await fetch(`http://localhost:${port}/api/snippets/xxxxxxxxxx`).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`nothing answered on port ${port} (did you run next build?)`);
}


async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

const children: ChildProcess[] = servers.map((s) => spawn(process.execPath, s.args, { env, stdio: ['ignore', 'ignore', 'inherit'] }));
try {
  // One at a time: two cold starts at once on a small machine only slow each other down.
  for (const s of servers) await waitUntilUp(s.port);
  const created = await fetch(`http://localhost:${servers[0].port}/api/snippets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'bench', code: 'await sleep(10); console.log("hi")', run: true }),
  });
  const { id } = (await created.json()) as { id: string };
  for (const [label, pathname] of [['api-snippet', `/api/snippets/${id}`], ['home', '/']]) {
    const times = new Map(servers.map((s) => [s.name, [] as number[]]));
    for (const s of servers) for (let i = 0; i < 20; i++) await timed(`http://localhost:${s.port}${pathname}`); // warm-up
    for (let i = 0; i < REQUESTS_PER_SERVER; i++) {
      for (const s of servers) times.get(s.name)!.push(await timed(`http://localhost:${s.port}${pathname}`));
    }
    for (const s of servers) {
      const t = times.get(s.name)!;
      console.log(`${label} ${s.name} p50 ms: ${percentile(t, 50).toFixed(2)}`);
      console.log(`${label} ${s.name} p95 ms: ${percentile(t, 95).toFixed(2)}`);
    }
  }
} finally {
  for (const child of children) child.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
