// `npm run bench` (explore part): how cheap one schedule is. Seed program 3 explored with jitter
// 0.1 (schedules per second, per request and steady state in one isolate), the cost of one schedule
// against one plain run, and 1,000 schedules of a 50-task program. In process, on the worker's path.
// Wall figures swing with the machine's load; the *_cpu_* figures (process CPU) much less, and the
// phase lines say where one schedule's time goes (lib/runner/explore/phase-costs.ts).
import os from 'node:os';
import { executeExplore } from '../../lib/runner/explore/explore-job.ts';
import { IsolateRunner } from '../../lib/runner/explore/isolate-runner.ts';
import { PHASES, measurePhases, type PhaseCosts } from '../../lib/runner/explore/phase-costs.ts';
import { executeRun, prepareNextRun } from '../../lib/runner/sandbox/execute.ts';
import { compileProgram } from '../../lib/runner/transpile/index.ts';
import { example } from '../../lib/examples/catalog.ts';
import { line, percentile } from './measure.ts';

const otherTasksExample = example('other-tasks');

/** Schedules of the steady-state measurement (random walks in one isolate). */
const STEADY_SCHEDULES = 2_000;
/** Explorations of seed 3 timed end to end (compile, isolate, search, report). */
const EXPLORE_REPEATS = 10;
/** Schedules per phase measurement (lib/runner/explore/phase-costs.ts). */
const PHASE_SCHEDULES = 300;
const seed3 = otherTasksExample.code;
const fiftyTasks = `
async function worker(i: number) { await sleep(10); console.log("worker", i % 5); await sleep(i % 3); }
const all = [];
for (let i = 0; i < 50; i++) all.push(worker(i));
await Promise.all(all);
`;
/** The same 50 tasks with distinct due times: no choice points, so the difference is the chooser's cost. */
const fiftyDistinct = fiftyTasks.replace('await sleep(10);', 'await sleep(10 + i);');
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** One line per phase (process CPU and wall per schedule), the whole schedule, and its step calls. */
const phaseLines = (prefix: string, c: PhaseCosts) => {
  for (const k of [...PHASES, 'schedule'] as const) line(`${prefix}_${k}_cpu_ms`, c[k].cpuMs), line(`${prefix}_${k}_wall_ms`, c[k].wallMs);
  line(`${prefix}_step_calls`, c.stepsPerSchedule);
};

async function main() {
  line('load_average_1m_at_start', os.loadavg()[0]!);
  // Warm-up: the scheduler bundle, its snapshot and V8's caches.
  for (let i = 0; i < 3; i++) executeExplore(seed3, { budget: 1_000, jitter: 0.1, seed: 1 });

  let explored = 0, wall = 0, exhaustive = true;
  const cpuAtStart = cpuNow();
  for (let i = 0; i < EXPLORE_REPEATS; i++) {
    const { report } = executeExplore(seed3, { budget: 1_000, jitter: 0.1, seed: i + 1 });
    explored += report.explored; wall += report.wallMs; exhaustive &&= report.exhaustive;
  }
  const requestCpu = cpuNow() - cpuAtStart;
  line('explore_seed3_orderings', `${explored / EXPLORE_REPEATS} (exhaustive: ${exhaustive})`);
  line('explore_seed3_request_ms', wall / EXPLORE_REPEATS);
  line('explore_seed3_request_cpu_ms', requestCpu / EXPLORE_REPEATS);
  line('explore_schedules_per_s', (explored / wall) * 1000);
  line('explore_schedules_per_cpu_s', (explored / requestCpu) * 1000);

  const compiled = compileProgram(seed3);
  if (!compiled.ok) throw new Error('seed 3 does not compile');
  const runner = new IsolateRunner(compiled.program, compiled.mapPosition, 0.1);
  const started = performance.now(), steadyCpu = cpuNow();
  for (let i = 0; i < STEADY_SCHEDULES; i++) runner.run([], i + 1);
  const perSchedule = (performance.now() - started) / STEADY_SCHEDULES;
  const perScheduleCpu = (cpuNow() - steadyCpu) / STEADY_SCHEDULES;
  runner.dispose();
  line('explore_steady_schedules_per_s', 1000 / perSchedule);
  line('explore_one_schedule_ms', perSchedule);
  line('explore_one_schedule_cpu_ms', perScheduleCpu);
  // Where it goes, phase by phase (phase-costs.ts): random walks, as the explorer runs past depth-first.
  phaseLines('explore_seed3_phase', measurePhases(seed3, 0.1, PHASE_SCHEDULES));

  // A plain run as the worker serves it: its fresh isolate prepared while idle, off the clock.
  const plain: number[] = [], plainCpu: number[] = [];
  for (let i = 0; i < 350; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    prepareNextRun();
    const t = performance.now(), c = cpuNow();
    executeRun(seed3, () => {});
    if (i >= 50) plain.push(performance.now() - t), plainCpu.push(cpuNow() - c);
  }
  line('plain_run_in_worker_p50_ms', percentile(plain, 50));
  line('ratio_schedule_to_plain_run', perSchedule / percentile(plain, 50));
  const meanPlainCpu = plainCpu.reduce((a, b) => a + b, 0) / plainCpu.length;
  line('ratio_schedule_to_plain_run_cpu', perScheduleCpu / meanPlainCpu);

  const fiftyCpu = cpuNow();
  const fifty = executeExplore(fiftyTasks, { budget: 1_000, jitter: 0, seed: 1 }).report;
  line('explore_50_tasks_1000_schedules_wall_ms', fifty.wallMs);
  line('explore_50_tasks_explored', `${fifty.explored} (stopped by ${fifty.stoppedBy ?? 'nothing: exhaustive'}, ${fifty.outcomes.length} outcomes)`);
  line('explore_50_tasks_cpu_ms_per_schedule', (cpuNow() - fiftyCpu) / fifty.explored);
  phaseLines('explore_50_tasks_phase', measurePhases(fiftyTasks, 0, PHASE_SCHEDULES / 3));
  const distinct = measurePhases(fiftyDistinct, 0, PHASE_SCHEDULES / 3);
  line('explore_50_tasks_no_ties_schedule_cpu_ms', distinct.schedule.cpuMs);
  line('load_average_1m_at_end', os.loadavg()[0]!);
}

await main();
