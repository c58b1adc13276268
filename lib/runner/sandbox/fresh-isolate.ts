// Each run gets a fresh context, made from the scheduler snapshot, in an isolate that serves at most
// ISOLATE_MAX_RUNS runs that ended cleanly: nothing a run leaves in its globals or built-ins is seen
// by the next (snapshot-state.test.ts). The worker prepares the next run's context while idle.
import ivm from 'isolated-vm';
import { CHOICES_GLOBAL, CONFIG_GLOBAL, CONFIGURE_GLOBAL, DRAIN_GLOBAL, HOST_EMIT_GLOBAL, STEP_GLOBAL, type SchedulerConfig } from '../../scheduler/abi.ts';
import { bundleDefinition, schedulerSnapshot } from './scheduler-snapshot.ts';
import { SCHEDULER_FILENAME } from './scheduler-bundle.ts';
import { ISOLATE_MAX_RUNS, ISOLATE_REUSE_MAX_HEAP_MB, MAX_ISOLATE_MEMORY_MB } from '../limits.ts';

/** Timeout for installing the scheduler (our own code, a few ms at most), in ms. */
const INSTALL_TIMEOUT_MS = 1_000;

export interface SchedulerContext {
  context: ivm.Context;
  /** The scheduler's step function (its global is already deleted). */
  step: ivm.Reference<(fault?: string) => string>;
  /** After the run: the choices it made (abi.ts CHOICES_GLOBAL; its global is already deleted). */
  choices: ivm.Reference<() => string>;
  /** Receives the scheduler's mid-step trace flushes; set by the run that takes this context. */
  onChunk: (chunk: string) => void;
  /** A collecting scheduler's trace: returns (and clears) every chunk emitted so far, comma-joined. */
  drain?: ivm.Reference<() => string>;
}

export interface FreshIsolate extends SchedulerContext {
  isolate: ivm.Isolate;
  /** Which memory limit, web globals and config the context was made for. */
  key: string;
}

/**
 * A new context of `isolate` with the scheduler installed (from the snapshot when the isolate was
 * made from it; `web`: with the web-platform globals). The explorer makes one per schedule inside a
 * single isolate (lib/runner/explore).
 */
export function createSchedulerContext(isolate: ivm.Isolate, config: SchedulerConfig, fromSnapshot: boolean, web = false): SchedulerContext {
  const context = isolate.createContextSync();
  const global = context.global;
  if (!fromSnapshot) isolate.compileScriptSync(bundleDefinition(web), { filename: SCHEDULER_FILENAME }).runSync(context, { timeout: INSTALL_TIMEOUT_MS });
  const sc = { context, onChunk: (_chunk: string) => {} } as SchedulerContext;
  // A collecting scheduler (the explorer's) keeps its trace inside until DRAIN_GLOBAL is called.
  if (!config.choices?.collect) {
    global.setSync(HOST_EMIT_GLOBAL, new ivm.Callback((chunk: unknown) => {
      if (typeof chunk === 'string') sc.onChunk(chunk);
    }));
  }
  global.setSync(CONFIG_GLOBAL, JSON.stringify(config));
  // The scheduler is installed (in the snapshot, or just above): only this run's configuration is left.
  const configure = global.getSync(CONFIGURE_GLOBAL, { reference: true }) as ivm.Reference<() => void>;
  global.deleteSync(CONFIGURE_GLOBAL);
  configure.applySync(undefined, [], { timeout: INSTALL_TIMEOUT_MS });
  configure.release();
  sc.step = global.getSync(STEP_GLOBAL, { reference: true }) as SchedulerContext['step'];
  global.deleteSync(STEP_GLOBAL);
  sc.choices = global.getSync(CHOICES_GLOBAL, { reference: true }) as SchedulerContext['choices'];
  global.deleteSync(CHOICES_GLOBAL);
  if (config.choices?.collect) sc.drain = global.getSync(DRAIN_GLOBAL, { reference: true }) as ivm.Reference<() => string>;
  global.deleteSync(DRAIN_GLOBAL);
  return sc;
}

/** Drops a context and the references into it; the next run never gets it. */
export function releaseContext(sc: SchedulerContext): void {
  try {
    sc.step.release();
    sc.choices.release();
    sc.drain?.release();
    sc.context.release();
  } catch { /* the isolate is gone */ }
}

/** The isolate runs are served from, for one memory limit and snapshot (with or without web globals). */
interface RunIsolate { isolate: ivm.Isolate; key: string; runs: number; fromSnapshot: boolean }

const isolateKey = (memoryMb: number, web: boolean) => `${memoryMb}:${web}`;
const contextKey = (memoryMb: number, config: SchedulerConfig, web: boolean) => `${isolateKey(memoryMb, web)}:${JSON.stringify(config)}`;

/** The isolates runs are served from, by memory limit and snapshot: at most one with web globals, one without. */
const runIsolates = new Map<string, RunIsolate>();
/** The next run's context, made while the worker was idle. */
let spare: FreshIsolate | null = null;

function newRunIsolate(memoryMb: number, web: boolean): RunIsolate {
  const snapshot = schedulerSnapshot(web);
  const isolate = new ivm.Isolate({ memoryLimit: memoryMb, ...(snapshot ? { snapshot } : {}) });
  return { isolate, key: isolateKey(memoryMb, web), runs: 0, fromSnapshot: snapshot !== null };
}

/** The isolate for this limit and snapshot if it can serve another run, else a new one. */
function runIsolateFor(memoryMb: number, web: boolean): RunIsolate {
  const key = isolateKey(memoryMb, web);
  const known = runIsolates.get(key);
  if (known && !known.isolate.isDisposed && known.runs < ISOLATE_MAX_RUNS) return known;
  if (known) retire(known);
  const made = newRunIsolate(memoryMb, web);
  runIsolates.set(key, made);
  return made;
}

function contextIn(run: RunIsolate, memoryMb: number, config: SchedulerConfig, web: boolean): FreshIsolate {
  const sc = createSchedulerContext(run.isolate, config, run.fromSnapshot, web);
  run.runs++;
  return Object.assign(sc, { isolate: run.isolate, key: contextKey(memoryMb, config, web) });
}

/** A fresh context for one run (in a new isolate when the last one is spent or fails to make it). */
export function createFreshIsolate(memoryMb: number, config: SchedulerConfig, web = false): FreshIsolate {
  try {
    return contextIn(runIsolateFor(memoryMb, web), memoryMb, config, web);
  } catch {
    // A reused isolate can fail to make a context (its heap is full): a new one must not.
    const failed = runIsolates.get(isolateKey(memoryMb, web));
    if (failed) retire(failed);
    return contextIn(runIsolateFor(memoryMb, web), memoryMb, config, web);
  }
}

const serving = (isolate: ivm.Isolate) => [...runIsolates.values()].find((r) => r.isolate === isolate);

/** Whether the prepared context was made for this run and its isolate still serves runs. */
const spareFits = (memoryMb: number, config: SchedulerConfig, web: boolean) =>
  spare !== null && spare.key === contextKey(memoryMb, config, web) && serving(spare.isolate) !== undefined && !spare.isolate.isDisposed;

/** Prepares the next run's context now (the worker calls this when idle), without web globals; a failure leaves none. */
export function prepareSpareIsolate(memoryMb: number, config: SchedulerConfig): void {
  if (spareFits(memoryMb, config, false)) return;
  discardSpare();
  try {
    spare = createFreshIsolate(memoryMb, config);
  } catch {
    spare = null;
  }
}

/** The prepared context if it fits, else a new one; either way nobody else ever gets it. */
export function takeFreshIsolate(memoryMb: number, config: SchedulerConfig, web = false): FreshIsolate {
  const fits = spareFits(memoryMb, config, web);
  const taken = spare;
  spare = null;
  if (taken && fits) return taken;
  if (taken) releaseContext(taken);
  return createFreshIsolate(memoryMb, config, web);
}

function discardSpare(): void {
  if (spare) releaseContext(spare);
  spare = null;
}

/** The isolate's heap in use, array buffers included, in MB (isolated-vm counts both against its limit). */
export function heapUsedMb(isolate: ivm.Isolate): number {
  const h = isolate.getHeapStatisticsSync();
  return (h.used_heap_size + h.externally_allocated_size) / (1024 * 1024);
}

/**
 * After a run: its context is dropped, and its isolate serves the next run only if the run ended
 * cleanly (`clean`: no timeout, memory or macrotask limit, no host error) and left a small heap.
 */
export function finishRun(fresh: FreshIsolate, clean: boolean): void {
  releaseContext(fresh);
  const run = serving(fresh.isolate);
  if (!run) {
    retireIsolate(fresh.isolate);
    return;
  }
  let reusable = clean && !run.isolate.isDisposed && run.runs < ISOLATE_MAX_RUNS;
  try {
    reusable &&= heapUsedMb(run.isolate) <= ISOLATE_REUSE_MAX_HEAP_MB;
  } catch {
    reusable = false;
  }
  if (!reusable) retire(run);
}

/** Stops serving runs from `run`'s isolate; it is disposed on the next turn of the event loop. */
function retire(run: RunIsolate): void {
  if (spare?.isolate === run.isolate) discardSpare();
  if (runIsolates.get(run.key) === run) runIsolates.delete(run.key);
  retireIsolate(run.isolate);
}

let retired: ivm.Isolate | null = null;

/** Disposes an isolate on the next turn of the event loop, after the run's result is sent; at most one waits. */
function retireIsolate(isolate: ivm.Isolate): void {
  if (retired && retired !== isolate && !retired.isDisposed) retired.dispose();
  retired = isolate;
  setImmediate(() => {
    if (retired === isolate) retired = null;
    if (!isolate.isDisposed) isolate.dispose();
  });
}

/** The isolate runs without web globals are served from, and how many contexts it has made (tests read it). */
export function runIsolateState(memoryMb = MAX_ISOLATE_MEMORY_MB, web = false): { isolate: ivm.Isolate; runs: number } | null {
  const run = runIsolates.get(isolateKey(memoryMb, web));
  return run ? { isolate: run.isolate, runs: run.runs } : null;
}
