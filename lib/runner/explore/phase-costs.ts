// Where one schedule's time goes (for `npm run bench:explore`): the sequence runInIsolate follows for
// an explorer's schedule (sandbox/run-in-isolate.ts, fresh-isolate.ts), phase by phase, each timed
// as process CPU (robust on a shared machine) and wall, inside one loop of random walks.
import ivm from 'isolated-vm';
import { CHOICES_GLOBAL, CONFIG_GLOBAL, CONFIGURE_GLOBAL, DRAIN_GLOBAL, STEP_GLOBAL } from '../../scheduler/abi.ts';
import { schedulerSnapshot } from '../sandbox/scheduler-snapshot.ts';
import { schedulerConfig } from '../sandbox/scheduler-config.ts';
import { LOCATION_GLOBAL, LOCATION_SLOTS } from '../transpile/location.ts';
import { compileProgram } from '../transpile/index.ts';
import { MAX_ISOLATE_MEMORY_MB } from '../limits.ts';

export interface Cost {
  /** Process CPU (user + system, every thread) per schedule, in ms. */
  cpuMs: number;
  /** Wall time per schedule, in ms. */
  wallMs: number;
}

/** The phases of one schedule, in order. */
export const PHASES = ['context', 'configure', 'locationRegister', 'program', 'steps', 'readChoices', 'drainAndParse', 'release'] as const;
export type Phase = (typeof PHASES)[number];
export type PhaseCosts = Record<Phase | 'schedule', Cost> & { stepsPerSchedule: number };

/** Timeout of each call into the isolate here, in ms (the bench programs take far less). */
const CALL_TIMEOUT_MS = 1_000;

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function take(global: ivm.Reference<Record<string, unknown>>, name: string): ivm.Reference<() => string> {
  const ref = global.getSync(name, { reference: true }) as ivm.Reference<() => string>;
  global.deleteSync(name);
  return ref;
}

/** `n` random walks of `code` with `jitter`, after a warm-up of a tenth as many. */
export function measurePhases(code: string, jitter: number, n: number): PhaseCosts {
  const compiled = compileProgram(code);
  if (!compiled.ok) throw new Error(`bench program does not compile: ${compiled.error.message}`);
  const snapshot = schedulerSnapshot(false);
  if (!snapshot) throw new Error('the scheduler snapshot could not be made');
  const isolate = new ivm.Isolate({ memoryLimit: MAX_ISOLATE_MEMORY_MB, snapshot });
  const script = isolate.compileScriptSync(compiled.program, { filename: 'main.js' });
  const sums = Object.fromEntries(PHASES.map((p) => [p, { cpuMs: 0, wallMs: 0 }])) as Record<Phase, Cost>;
  let steps = 0;
  let cpu = 0, wall = 0;
  const mark = (phase: Phase) => {
    const c = cpuNow(), w = performance.now();
    sums[phase].cpuMs += c - cpu;
    sums[phase].wallMs += w - wall;
    cpu = c; wall = w;
  };
  const schedule = (walkSeed: number) => {
    cpu = cpuNow(); wall = performance.now();
    const context = isolate.createContextSync();
    mark('context');
    const global = context.global;
    const choices = { schedule: [], walkSeed, jitter, detail: false, collect: true };
    global.setSync(CONFIG_GLOBAL, JSON.stringify({ ...schedulerConfig(), choices }));
    const configure = take(global, CONFIGURE_GLOBAL);
    configure.applySync(undefined, [], { timeout: CALL_TIMEOUT_MS });
    const step = take(global, STEP_GLOBAL), made = take(global, CHOICES_GLOBAL), drain = take(global, DRAIN_GLOBAL);
    mark('configure');
    const slots = `[${new Array(LOCATION_SLOTS).fill(0).join(', ')}]`;
    const register = context.evalSync(`this.${LOCATION_GLOBAL} = ${slots}`, { reference: true, timeout: CALL_TIMEOUT_MS }) as ivm.Reference<unknown>;
    mark('locationRegister');
    script.runSync(context, { timeout: CALL_TIMEOUT_MS });
    mark('program');
    for (;;) {
      steps++;
      if (!(step.applySync(undefined, [], { timeout: CALL_TIMEOUT_MS }) as string).startsWith('[true,')) break;
    }
    mark('steps');
    JSON.parse(made.applySync(undefined, [], { timeout: CALL_TIMEOUT_MS }) as string);
    mark('readChoices');
    JSON.parse(`[${drain.applySync(undefined, [], { timeout: CALL_TIMEOUT_MS }) as string}]`);
    mark('drainAndParse');
    for (const ref of [configure, step, made, drain, register]) ref.release();
    context.release();
    mark('release');
  };
  try {
    for (let i = 0; i < Math.ceil(n / 10); i++) schedule(i + 1);
    for (const p of PHASES) sums[p] = { cpuMs: 0, wallMs: 0 };
    steps = 0;
    for (let i = 0; i < n; i++) schedule(i + 1);
  } finally {
    isolate.dispose();
  }
  const out = { stepsPerSchedule: steps / n, schedule: { cpuMs: 0, wallMs: 0 } } as PhaseCosts;
  for (const p of PHASES) {
    out[p] = { cpuMs: sums[p].cpuMs / n, wallMs: sums[p].wallMs / n };
    out.schedule.cpuMs += out[p].cpuMs;
    out.schedule.wallMs += out[p].wallMs;
  }
  return out;
}
