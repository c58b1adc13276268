// `npm run bench`'s "# http" part: seed program 3 through POST /api/run of a running production
// server, next to the bare-isolate floor measured in the same run, as `name: value` lines. Every
// body is unique (a trailing comment), so neither the result cache nor a compile cache answers.
// Usage: node --no-node-snapshot bench/runner/http-bench.ts --url http://localhost:<port>/ [--seconds 5]
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { line, percentile, processCpuMs } from './measure.ts';
import { readFile } from 'node:fs/promises';
import { seedPath } from '../../lib/runner/corpus/seeds.ts';
import { clientAddress } from './compare/taskline-api.ts';
import { isolateFloorWay } from './compare/isolate-floor.ts';
import { floorProgram, runFloorOutput } from './floor.ts';
import { sequentialLatencies, type HttpTarget } from './http-latency.ts';

/** Connections for the throughput figure (the target is set at 8). */
const CONNECTIONS = 8;
/** Sequential requests behind http_p50_ms / http_p99_ms, after as many warm-up requests. */
const LATENCY_REQUESTS = 300;
const WARMUP_REQUESTS = 100;
/** Seed program 3 sleeps 3 virtual seconds; anything else means it did not run as written. */
const SEED3_VIRTUAL_MS = 3_000;

const { values } = parseArgs({ options: { url: { type: 'string' }, seconds: { type: 'string', default: '5' }, 'no-floor': { type: 'boolean' }, 'server-pid': { type: 'string' } } });
if (!values.url) {
  console.error('usage: http-bench.ts --url http://localhost:<port>/ [--seconds 5] [--no-floor] [--server-pid <pid>]');
  process.exit(2);
}
const seconds = Number(values.seconds);
const seed = readFileSync(seedPath('3_other_tasks.ts'), 'utf8');
const benchId = randomUUID();
let sent = 0;
const target: HttpTarget = {
  url: new URL('/api/run', values.url),
  next() {
    const n = sent++;
    return { address: clientAddress(n), body: JSON.stringify({ code: `${seed}\n// http bench ${benchId} request ${n}\n` }) };
  },
  check(status, body) {
    if (status !== 200) throw new Error(`POST /api/run answered ${status}: ${body.slice(0, 300)}`);
    const result = JSON.parse(body) as { status: string; virtualMs: number };
    if (result.status !== 'ok' || result.virtualMs !== SEED3_VIRTUAL_MS) throw new Error(`seed 3 over HTTP: ${result.status}, virtual ${result.virtualMs} ms`);
  },
};

interface AutocannonResult { requests: { total: number }; non2xx: number; errors: number; timeouts: number; duration: number; latency: { p50: number; p99: number } }
type Autocannon = (options: Record<string, unknown>) => PromiseLike<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

async function throughput(connections: number): Promise<{ runsPerS: number; bad: number }> {
  const result = await autocannon({
    url: values.url,
    connections,
    duration: seconds,
    requests: [{
      setupRequest(request: Record<string, unknown>) {
        const { address, body } = target.next();
        return { ...request, method: 'POST', path: '/api/run', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body };
      },
    }],
  });
  return { runsPerS: (result.requests.total - result.non2xx) / result.duration, bad: result.non2xx + result.errors + result.timeouts };
}

/** CPU time so far of the server and of each of its sandbox workers (its child processes), in ms. */
async function serverCpuMs(pid: number): Promise<{ server: number; workers: Map<number, number> }> {
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8')).trim().split(/\s+/).filter(Boolean).map(Number);
  const workers = new Map<number, number>();
  for (const child of children) workers.set(child, await processCpuMs(child).catch(() => 0));
  return { server: await processCpuMs(pid), workers };
}

/** Workers' CPU between two readings; a worker replaced meanwhile counts from its start (the dead one's is lost). */
const workerCpuBetween = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

const expected = runFloorOutput(floorProgram(seed));
const warm = await sequentialLatencies(target, WARMUP_REQUESTS);
if (warm.length !== WARMUP_REQUESTS) throw new Error('warm-up failed');
const latencies = await sequentialLatencies(target, LATENCY_REQUESTS);
const serverPid = values['server-pid'] === undefined ? undefined : Number(values['server-pid']);
const cpuBefore = serverPid === undefined ? undefined : await serverCpuMs(serverPid);
const c8 = await throughput(CONNECTIONS);
const cpuAfter = serverPid === undefined ? undefined : await serverCpuMs(serverPid);
line('http_load_average_1m', os.loadavg()[0]!);
line('http_p50_ms', percentile(latencies, 50));
line('http_p99_ms', percentile(latencies, 99));
line('http_runs_per_s_c8', c8.runsPerS);
line('http_non2xx_or_errors_c8', c8.bad);
line('http_requests_sent', sent);
if (cpuBefore && cpuAfter) {
  // CPU per run is what caps runs/s on 2 shared cores, and it barely depends on others' load.
  const runs = c8.runsPerS * seconds;
  line('http_server_cpu_ms_per_run', (cpuAfter.server - cpuBefore.server) / runs);
  line('http_worker_cpu_ms_per_run', workerCpuBetween(cpuBefore.workers, cpuAfter.workers) / runs);
  // A worker replaced during the phase (it died, or hit a limit) adds its start-up to every figure.
  line('http_workers_replaced_c8', [...cpuAfter.workers.keys()].filter((pid) => !cpuBefore.workers.has(pid)).length);
}
if (!values['no-floor']) {
  // The floor in this same run: runs/s with 2 processes (one per core) and one run's p50.
  const floor = isolateFloorWay(seed);
  const floorRunsPerS = await floor.runsPerSecond!(2, expected);
  const floorSamples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    await floor.run();
    floorSamples.push(performance.now() - start);
  }
  const floorP50 = percentile(floorSamples, 50);
  line('http_floor_runs_per_s_2_procs', floorRunsPerS);
  line('http_floor_p50_ms', floorP50);
  line('ratio_http_runs_per_s_c8_to_floor', c8.runsPerS / floorRunsPerS);
  line('ratio_http_p50_to_floor_p50', percentile(latencies, 50) / floorP50);
}
