// Where one schedule's time goes (for `npm run bench:explore`): a new context of the request's
// isolate, installing the scheduler in it, then the program and its steps. Measured as process
// CPU (robust on a shared machine) and wall, each phase by difference of three loops.
import ivm from 'isolated-vm';
import { createSchedulerContext } from '../sandbox/fresh-isolate.ts';
import { schedulerSnapshot } from '../sandbox/scheduler-snapshot.ts';
import { schedulerConfig } from '../sandbox/scheduler-config.ts';
import { compileProgram } from '../transpile/index.ts';
import { MAX_ISOLATE_MEMORY_MB } from '../limits.ts';
import { IsolateRunner } from './isolate-runner.ts';

export interface Cost {
  /** Process CPU (user + system, every thread) per schedule, in ms. */
  cpuMs: number;
  /** Wall time per schedule, in ms. */
  wallMs: number;
}

export interface PhaseCosts {
  context: Cost;
  schedulerInstall: Cost;
  program: Cost;
  schedule: Cost;
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function timed(n: number, body: (i: number) => void): Cost {
  const cpu = cpuNow(), wall = performance.now();
  for (let i = 0; i < n; i++) body(i);
  return { cpuMs: (cpuNow() - cpu) / n, wallMs: (performance.now() - wall) / n };
}

const minus = (a: Cost, b: Cost): Cost => ({ cpuMs: a.cpuMs - b.cpuMs, wallMs: a.wallMs - b.wallMs });

/** `n` schedules of each kind (random walks of `code`), after a warm-up of a tenth as many. */
export function measurePhases(code: string, jitter: number, n: number): PhaseCosts {
  const compiled = compileProgram(code);
  if (!compiled.ok) throw new Error(`bench program does not compile: ${compiled.error.message}`);
  const snapshot = schedulerSnapshot(false);
  const isolate = new ivm.Isolate({ memoryLimit: MAX_ISOLATE_MEMORY_MB, ...(snapshot ? { snapshot } : {}) });
  const runner = new IsolateRunner(compiled.program, compiled.mapPosition, jitter);
  const config = { ...schedulerConfig(), choices: { schedule: [], walkSeed: 1, jitter, detail: false, collect: true } };
  const contextOnly = () => isolate.createContextSync().release();
  const installed = () => {
    const sc = createSchedulerContext(isolate, config, snapshot !== null);
    sc.step.release(); sc.choices.release(); sc.drain?.release(); sc.context.release();
  };
  const schedule = (i: number) => { runner.run([], i + 1); };
  try {
    for (const warm of [contextOnly, installed, schedule]) timed(Math.ceil(n / 10), warm);
    const context = timed(n, contextOnly);
    const withScheduler = timed(n, installed);
    const whole = timed(n, schedule);
    return { context, schedulerInstall: minus(withScheduler, context), program: minus(whole, withScheduler), schedule: whole };
  } finally {
    runner.dispose();
    isolate.dispose();
  }
}
