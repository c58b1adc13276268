// `npm run bench:profile`: where one run of seed program 3 spends its time inside a worker, without
// IPC: host calls per run, the phases (a context from the snapshot in a run isolate, configure, run) and, with
// --isolate-profile, self time by function from isolated-vm's profiler (coarse: it samples each
// call into the isolate separately; profile-vm.ts gives finer figures).
import { readFileSync } from 'node:fs';
import ivm from 'isolated-vm';
import { compileCached } from '../../lib/runner/transpile/index.ts';
import { createFreshIsolate, finishRun } from '../../lib/runner/sandbox/fresh-isolate.ts';
import { runInIsolate } from '../../lib/runner/sandbox/run-in-isolate.ts';
import { schedulerConfig } from '../../lib/runner/sandbox/scheduler-config.ts';
import { schedulerSnapshot } from '../../lib/runner/sandbox/scheduler-snapshot.ts';
import { seedPath } from '../../lib/runner/corpus/seeds.ts';
import { MAX_CPU_MS, MAX_ISOLATE_MEMORY_MB, MAX_MACROTASKS, MAX_WALL_MS } from '../../lib/runner/limits.ts';
import { line, percentile } from './measure.ts';

const RUNS = Number(process.env.PROFILE_RUNS ?? 300);
const file = process.argv.find((a) => a.endsWith('.ts') && a !== process.argv[1]);
const code = readFileSync(file ?? seedPath('3_other_tasks.ts'), 'utf8');
const compiled = compileCached(code);
if (!compiled.ok) throw new Error(compiled.error.message);
const config = schedulerConfig();
const input = { program: compiled.program, config, cpuMs: MAX_CPU_MS, wallMs: MAX_WALL_MS, memoryMb: MAX_ISOLATE_MEMORY_MB, maxMacrotasks: MAX_MACROTASKS };

async function phases(): Promise<void> {
  const make: number[] = [], run: number[] = [], cpu: number[] = [];
  let steps = 0, chunks = 0;
  for (let i = 0; i < RUNS + 50; i++) {
    const t0 = performance.now();
    const fresh = createFreshIsolate(MAX_ISOLATE_MEMORY_MB, config);
    const t1 = performance.now();
    finishRun(fresh, true);
    let n = 0;
    const out = runInIsolate(input, () => { n++; });
    // Spent isolates are disposed on setImmediate (fresh-isolate.ts).
    await new Promise((r) => setImmediate(r));
    if (i >= 50) { make.push(t1 - t0); run.push(out.wallMs); cpu.push(out.cpuMs); steps = out.steps; chunks = n; }
  }
  line('context_and_configure_p50_ms', percentile(make, 50));
  line('run_wall_p50_ms', percentile(run, 50));
  line('run_isolate_cpu_p50_ms', percentile(cpu, 50));
  line('step_calls_per_run', steps);
  line('emitted_chunks_per_run', chunks);
}

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }

async function isolateProfile(): Promise<void> {
  const snapshot = schedulerSnapshot();
  const isolate = new ivm.Isolate({ memoryLimit: 256, ...(snapshot ? { snapshot } : {}) });
  const script = isolate.compileScriptSync(input.program, { filename: 'main.js' });
  for (let i = 0; i < 50; i++) runInIsolate({ ...input, shared: { isolate, script, fromSnapshot: snapshot !== null } }, () => {});
  isolate.startCpuProfiler('p');
  for (let i = 0; i < RUNS; i++) runInIsolate({ ...input, shared: { isolate, script, fromSnapshot: snapshot !== null } }, () => {});
  const profiles = await isolate.stopCpuProfiler('p');
  const self = new Map<string, number>();
  let total = 0;
  for (const { profile } of profiles) {
    const nodes = profile.nodes as unknown as Node[];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const counts = new Map<number, number>();
    for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const [id, c] of counts) {
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + c);
      total += c;
    }
  }
  for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)}%  ${k}`);
  isolate.dispose();
}

await phases();
if (process.argv.includes('--isolate-profile')) {
  // stopCpuProfiler's promise keeps nothing alive: without a handle, Node exits before it settles.
  const keepAlive = setInterval(() => {}, 1000);
  await isolateProfile();
  clearInterval(keepAlive);
}
