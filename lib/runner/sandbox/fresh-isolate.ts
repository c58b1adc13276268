// A fresh isolate with the scheduler installed, ready for ONE run. The worker prepares the next
// run's isolate while it is idle (spare), so creating it is off the run's critical path; an isolate
// is handed out once and disposed after its run, never reused.
import ivm from 'isolated-vm';
import { CHOICES_GLOBAL, CONFIG_GLOBAL, CONFIGURE_GLOBAL, DRAIN_GLOBAL, HOST_EMIT_GLOBAL, STEP_GLOBAL, type SchedulerConfig } from '../../scheduler/abi.ts';
import { bundleDefinition, schedulerSnapshot } from './scheduler-snapshot.ts';
import { SCHEDULER_FILENAME } from './scheduler-bundle.ts';

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
  /** Which memory limit and config it was made for. */
  key: string;
}

const keyOf = (memoryMb: number, config: SchedulerConfig, web: boolean) => `${memoryMb}:${web}:${JSON.stringify(config)}`;

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

/** `web`: with the web-platform globals (structuredClone, URL…), for programs that use them. */
export function createFreshIsolate(memoryMb: number, config: SchedulerConfig, web = false): FreshIsolate {
  const snapshot = schedulerSnapshot(web);
  const isolate = new ivm.Isolate({ memoryLimit: memoryMb, ...(snapshot ? { snapshot } : {}) });
  try {
    const sc = createSchedulerContext(isolate, config, snapshot !== null, web);
    return Object.assign(sc, { isolate, key: keyOf(memoryMb, config, web) });
  } catch (e) {
    if (!isolate.isDisposed) isolate.dispose();
    throw e;
  }
}

let spare: FreshIsolate | null = null;

/** Prepares the next run's isolate now (the worker calls this when idle), without web globals; a failure leaves none. */
export function prepareSpareIsolate(memoryMb: number, config: SchedulerConfig): void {
  if (spare?.key === keyOf(memoryMb, config, false)) return;
  discardSpare();
  try {
    spare = createFreshIsolate(memoryMb, config);
  } catch {
    spare = null;
  }
}

/** The prepared isolate if it fits, else a new one; either way nobody else ever gets it. */
export function takeFreshIsolate(memoryMb: number, config: SchedulerConfig, web = false): FreshIsolate {
  const taken = spare;
  spare = null;
  if (taken && taken.key === keyOf(memoryMb, config, web) && !taken.isolate.isDisposed) return taken;
  if (taken && !taken.isolate.isDisposed) taken.isolate.dispose();
  return createFreshIsolate(memoryMb, config, web);
}

function discardSpare(): void {
  if (spare && !spare.isolate.isDisposed) spare.isolate.dispose();
  spare = null;
}

let retired: ivm.Isolate | null = null;

/** Disposes a finished run's isolate on the next turn of the event loop, after its result is sent; at most one waits. */
export function retireIsolate(isolate: ivm.Isolate): void {
  if (retired && !retired.isDisposed) retired.dispose();
  retired = isolate;
  setImmediate(() => {
    if (retired === isolate) retired = null;
    if (!isolate.isDisposed) isolate.dispose();
  });
}
