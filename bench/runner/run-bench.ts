// `npm run bench`: the runner's figures, measured in one run on this machine, as `name: value` lines.
// Results are never served from the result cache here; the per-worker compile cache stays on,
// as it is in production.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { SandboxPool } from '../../lib/runner/pool/sandbox-pool.ts';
import { runCode } from '../../lib/runner/run-code.ts';
import { floorProgram, runFloor } from './floor.ts';
import { line, percentile, processCpuMs, rssMb, timeEach } from './measure.ts';
import { seedPath } from '../../lib/runner/corpus/seeds.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seed3 = readFileSync(seedPath('3_other_tasks.ts'), 'utf8');
const pool = new SandboxPool({ workerScript: path.join(root, 'lib/runner/sandbox/worker.ts'), size: 2, maxQueued: 1000 });
const run = (code: string) => runCode(code, { pool });

const manyTasks = `
async function work(i: number) { await asyncio.sleep(1); return i; }
const tasks = [];
for (let i = 0; i < 10_000; i++) tasks.push(asyncio.createTask(work(i)));
const results = await asyncio.gather(...tasks);
console.log(results.length);
`;

async function main() {
  const first = await run(seed3);
  if (first.status !== 'ok' || first.virtualMs !== 3000) throw new Error(`seed 3 misbehaves: ${first.status} ${first.virtualMs}`);
  await timeEach(100, () => run(seed3)); // warm both workers and V8's caches

  const inWorker: number[] = [];
  const seed = await timeEach(500, async () => inWorker.push((await run(seed3)).stats.wallMs));
  line('seed3_p50_ms', percentile(seed, 50));
  line('seed3_p90_ms', percentile(seed, 90));
  // The worker's own account (compile + isolate run), without IPC, queueing and the host's work.
  line('seed3_in_worker_p50_ms', percentile(inWorker, 50));

  const program = floorProgram(seed3);
  for (let i = 0; i < 100; i++) runFloor(program);
  const floor = await timeEach(500, () => runFloor(program));
  line('floor_bare_isolate_p50_ms', percentile(floor, 50));
  line('ratio_seed3_to_floor', percentile(seed, 50) / percentile(floor, 50));

  const seconds = 5;
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const caller = async () => { while (performance.now() < until) { await run(seed3); done++; } };
  const workerPids = pool.workerPids();
  const workerCpuBefore = await Promise.all(workerPids.map(processCpuMs));
  const hostCpuBefore = process.cpuUsage();
  await Promise.all([caller(), caller()]);
  const hostCpu = process.cpuUsage(hostCpuBefore);
  const workerCpu = (await Promise.all(workerPids.map(processCpuMs))).reduce((sum, ms, i) => sum + ms - workerCpuBefore[i]!, 0);
  line('runs_per_s_2_callers', done / seconds);
  // What limits runs/s on a shared machine: CPU per run on each side of the IPC channel.
  line('host_cpu_ms_per_run', (hostCpu.user + hostCpu.system) / 1000 / done);
  line('worker_cpu_ms_per_run', workerCpu / done);

  const bigStart = performance.now();
  const big = await run(manyTasks);
  line('tasks_10000_wall_ms', performance.now() - bigStart);
  line('tasks_10000_status', `${big.status} (virtual ${big.virtualMs} ms, ${big.stats.events} events, truncated ${big.stats.truncated})`);

  const pids = pool.workerPids();
  const before = await Promise.all(pids.map(rssMb));
  for (let i = 0; i < 2500; i++) await Promise.all([run(seed3), run(seed3)]);
  const after = await Promise.all(pids.map(rssMb));
  line('worker_rss_before_mb', before.reduce((a, b) => a + b, 0) / pids.length);
  line('worker_rss_after_5000_runs_mb', after.reduce((a, b) => a + b, 0) / pids.length);
  line('worker_rss_growth_mb', Math.max(...after.map((a, i) => a - before[i]!)));
  await pool.close();
}

await main();
