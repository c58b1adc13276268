// One run inside a worker process: compile the user's TypeScript, run it in a fresh context (fresh-isolate.ts), and
// describe how it ended. Trace chunks go out through `emit` as they are produced. Compiling counts
// against the run's CPU budget: the isolate gets what the compile left (a 64 KiB `x=a+a+…` took 14 s
// to compile; the pool kills a compile that runs past the budget, see pool/worker-handle.ts).
import { compileCached } from '../transpile/index.ts';
import { compileHarnessProgram } from '../transpile/harness-program.ts';
import { runInIsolate } from './run-in-isolate.ts';
import { prepareSpareIsolate } from './fresh-isolate.ts';
import { schedulerConfig } from './scheduler-config.ts';
import { usesWebGlobals } from './web-globals-use.ts';
import { MAX_CPU_MS, MAX_ISOLATE_MEMORY_MB, MAX_MACROTASKS, MAX_WALL_MS } from '../limits.ts';
import type { WorkerEnding } from './worker-messages.ts';
import type { SchedulerConfig } from '../../scheduler/abi.ts';
import type { Schedule } from '../explore/schedule.ts';
import { stoppedAt } from '../transpile/location.ts';

type MapPosition = (line: number, column: number) => { line: number; column: number; file?: 'harness' };

/** Finds the first position in the instrumented script named in a stack and maps it to the TS source. */
export function locateInSource(stack: string, mapPosition: MapPosition): ReturnType<MapPosition> | undefined {
  const match = /main\.js:(\d+):(\d+)/.exec(stack);
  if (!match) return undefined;
  return mapPosition(Number(match[1]), Number(match[2]));
}

/** The scheduler's final chunk ends with the `end` event; its error stack is mapped here, where the source map lives. */
function endErrorStack(lastChunk: string | undefined): string | undefined {
  if (!lastChunk) return undefined;
  try {
    const events: unknown = JSON.parse(lastChunk);
    const end: unknown = Array.isArray(events) ? events.at(-1) : undefined;
    if (!Array.isArray(end) || end[0] !== 'end') return undefined;
    const error: unknown = end[3];
    return typeof error === 'object' && error !== null && 'stack' in error && typeof error.stack === 'string' ? error.stack : undefined;
  } catch {
    return undefined;
  }
}

function clipText(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** A replay records the choices with their details, for the timeline's choice-point marks. */
function withSchedule(config: SchedulerConfig, schedule: Schedule | undefined): SchedulerConfig {
  if (schedule === undefined) return config;
  return { ...config, choices: { schedule: schedule.steps, walkSeed: 0, jitter: schedule.jitter, detail: true } };
}

/** Makes the next run's isolate now, while the worker is idle, so that run does not wait for it. */
export function prepareNextRun(): void {
  prepareSpareIsolate(MAX_ISOLATE_MEMORY_MB, schedulerConfig());
}

/** CPU time of this process since `since` (process.cpuUsage()), in ms. */
const cpuMsSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * Runs `code`; with `harness`, a classroom test harness follows as its own phase (harness-program.ts).
 * `schedule` (optional) replays those choices (lib/scheduler/choices.ts) and hands the choices the
 * run made, as JSON text, to `onChoices`.
 */
export function executeRun(
  code: string, emit: (chunk: string) => void, onCompiled: () => void = () => {}, harness?: string,
  schedule?: Schedule, onChoices?: (json: string) => void,
): WorkerEnding {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  // Harness programs are not cached: the harness text would make every key unique anyway.
  const compiled = harness === undefined ? compileCached(code) : compileHarnessProgram(code, harness);
  const compileCpuMs = cpuMsSince(cpuAtStart);
  onCompiled();
  if (compileCpuMs >= MAX_CPU_MS) {
    const message = `the program took too long to compile: compiling counts against the CPU limit of ${MAX_CPU_MS} ms`;
    return { status: 'limit', error: { name: 'LimitError', message, line: 0, column: 0 }, wallMs: performance.now() - started, cpuMs: compileCpuMs };
  }
  if (!compiled.ok) {
    return { status: 'compile-error', error: compiled.error, wallMs: performance.now() - started, cpuMs: compileCpuMs };
  }
  let lastChunk: string | undefined;
  const outcome = runInIsolate(
    {
      program: compiled.program, config: withSchedule(schedulerConfig(), schedule), cpuMs: MAX_CPU_MS - compileCpuMs, wallMs: MAX_WALL_MS,
      memoryMb: MAX_ISOLATE_MEMORY_MB, maxMacrotasks: MAX_MACROTASKS, webGlobals: usesWebGlobals(code),
    },
    (chunk) => {
      lastChunk = chunk;
      emit(chunk);
    },
  );
  if (outcome.choicesJson !== undefined) onChoices?.(outcome.choicesJson);
  const timing = { wallMs: performance.now() - started, cpuMs: compileCpuMs + outcome.cpuMs };
  switch (outcome.hostStatus) {
    case 'ok': {
      const stack = endErrorStack(lastChunk);
      const errorAt = stack ? locateInSource(stack, compiled.mapPosition) : undefined;
      return { status: null, ...(errorAt ? { errorAt } : {}), ...timing };
    }
    case 'timeout': {
      const which = outcome.limitHit === 'wall' ? `wall-clock limit of ${MAX_WALL_MS} ms` : `CPU limit of ${MAX_CPU_MS} ms`;
      // Where it was stopped: the location register's loop (or function), not a guess from the text.
      const at = stoppedAt(outcome.location);
      const where = at ? { line: at.line, column: 1, ...(at.file ? { file: at.file } : {}) } : { line: 0, column: 0 };
      const place = at ? ` while running the ${at.what === 'loop' ? 'loop' : 'function'} on line ${at.line}${at.file ? ' of the test harness' : ''}` : '';
      return { status: 'timeout', error: { name: 'TimeoutError', message: `the program exceeded the ${which}${place}`, ...where }, ...timing };
    }
    case 'limit':
      return {
        status: 'limit',
        error: { name: 'LimitError', message: `the program ran more than ${MAX_MACROTASKS.toLocaleString('en-US')} timer callbacks (macrotasks: timers, immediates and nextTick rounds)`, line: 0, column: 0 },
        ...timing,
      };
    case 'memory':
      return {
        status: 'memory',
        error: { name: 'MemoryError', message: `the program exceeded the memory limit of ${MAX_ISOLATE_MEMORY_MB} MB`, line: 0, column: 0 },
        ...timing,
      };
    case 'error': {
      const thrown = outcome.hostError ?? { name: 'Error', message: 'unknown error', stack: '' };
      const at = locateInSource(thrown.stack, compiled.mapPosition) ?? { line: 0, column: 0 };
      // The parent rejects an ending whose texts break WorkerEndingSchema's bounds and kills the
      // worker as compromised: an uncaught 2 MB error message made the run report `crash`.
      const name = clipText(thrown.name, 1_000), message = clipText(thrown.message, 10_000);
      return { status: 'error', error: { name, message, ...at }, ...timing };
    }
  }
}
