// A fresh isolate with the scheduler installed, ready for ONE run. The worker prepares the next
// run's isolate while it is idle (spare), so creating it is off the run's critical path; an isolate
// is handed out once and disposed after its run, never reused.
import ivm from 'isolated-vm';
import { CONFIG_GLOBAL, HOST_EMIT_GLOBAL, STEP_GLOBAL, type SchedulerConfig } from '../../scheduler/abi.ts';
import { BUNDLE_INIT_GLOBAL, bundleDefinition, schedulerSnapshot } from './scheduler-snapshot.ts';
import { SCHEDULER_FILENAME } from './scheduler-bundle.ts';

/** Timeout for installing the scheduler (our own code, a few ms at most), in ms. */
const INSTALL_TIMEOUT_MS = 1_000;

export interface FreshIsolate {
  isolate: ivm.Isolate;
  context: ivm.Context;
  /** The scheduler's step function (its global is already deleted). */
  step: ivm.Reference<(fault?: string) => string>;
  /** Receives the scheduler's mid-step trace flushes; set by the run that takes this isolate. */
  onChunk: (chunk: string) => void;
  /** Which memory limit and config it was made for. */
  key: string;
}

const keyOf = (memoryMb: number, config: SchedulerConfig, web: boolean) => `${memoryMb}:${web}:${JSON.stringify(config)}`;

/** `web`: with the web-platform globals (structuredClone, URL…), for programs that use them. */
export function createFreshIsolate(memoryMb: number, config: SchedulerConfig, web = false): FreshIsolate {
  const snapshot = schedulerSnapshot(web);
  const isolate = new ivm.Isolate({ memoryLimit: memoryMb, ...(snapshot ? { snapshot } : {}) });
  try {
    const context = isolate.createContextSync();
    const global = context.global;
    if (!snapshot) isolate.compileScriptSync(bundleDefinition(web), { filename: SCHEDULER_FILENAME }).runSync(context);
    const fresh = { isolate, context, onChunk: (_chunk: string) => {}, key: keyOf(memoryMb, config, web) } as FreshIsolate;
    global.setSync(HOST_EMIT_GLOBAL, new ivm.Callback((chunk: unknown) => {
      if (typeof chunk === 'string') fresh.onChunk(chunk);
    }));
    global.setSync(CONFIG_GLOBAL, JSON.stringify(config));
    const init = global.getSync(BUNDLE_INIT_GLOBAL, { reference: true }) as ivm.Reference<() => void>;
    global.deleteSync(BUNDLE_INIT_GLOBAL);
    init.applySync(undefined, [], { timeout: INSTALL_TIMEOUT_MS });
    init.release();
    fresh.step = global.getSync(STEP_GLOBAL, { reference: true }) as FreshIsolate['step'];
    global.deleteSync(STEP_GLOBAL);
    return fresh;
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
