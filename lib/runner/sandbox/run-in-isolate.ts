// Runs one instrumented program in a fresh context (scheduler already installed, see
// fresh-isolate.ts): evaluates the program, then drives the scheduler's step loop (one macrotask
// per call) within CPU / wall / memory budgets, streaming trace chunks (JSON text) as they come.
import type ivm from 'isolated-vm';
import type { SchedulerConfig } from '../../scheduler/abi.ts';
import { createSchedulerContext, finishRun, heapUsedMb, releaseContext, takeFreshIsolate, type FreshIsolate } from './fresh-isolate.ts';
import { LOCATION_GLOBAL, LOCATION_SLOTS } from '../transpile/location.ts';

export interface RunInIsolateInput {
  /** The instrumented program (abi.ts shape), run as the classic script "main.js". */
  program: string;
  config: SchedulerConfig;
  cpuMs: number;
  wallMs: number;
  memoryMb: number;
  /** Step calls (macrotasks) allowed before the run ends with hostStatus 'limit'. */
  maxMacrotasks: number;
  /** Give the program the web-platform globals (see web-globals-use.ts). */
  webGlobals?: boolean;
  /**
   * Explore (lib/runner/explore): run in a new context of this isolate with the program compiled
   * once for all schedules; the isolate is the caller's to dispose.
   */
  shared?: SharedIsolate;
}

export interface SharedIsolate {
  isolate: ivm.Isolate;
  script: ivm.Script;
  fromSnapshot: boolean;
}

export interface HostError {
  name: string;
  message: string;
  stack: string;
}

export interface RunInIsolateOutput {
  hostStatus: 'ok' | 'timeout' | 'memory' | 'error' | 'limit';
  hostError?: HostError;
  cpuMs: number;
  wallMs: number;
  limitHit?: 'cpu' | 'wall';
  /** When the config had `choices`: the scheduler's CHOICES_GLOBAL answer (JSON text). */
  choicesJson?: string;
  /** After a timeout: the location register's slots (transpile/location.ts), read from outside. */
  location?: number[];
  /** Calls of the scheduler's step function (host → isolate round trips after the program's own evaluation). */
  steps: number;
}

function toHostError(e: unknown): HostError {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack ?? '' };
  return { name: 'Error', message: String(e), stack: '' };
}

/** One last short step call after a fault (see loop.ts hostFault); best effort. */
function drain(step: ivm.Reference<(fault?: string) => string>, fault: object, onChunk: (chunk: string) => void): void {
  try {
    const reply = step.applySync(undefined, [JSON.stringify(fault)], { timeout: 50 }) as unknown;
    if (typeof reply === 'string') {
      const events = reply.slice(reply.startsWith('[true,') ? 6 : 7, -1);
      if (events !== '[]') onChunk(events);
    }
  } catch { /* the host status already says what happened */ }
}

/** A string our own function in the isolate returns (a short timeout is plenty); undefined if it fails. */
function readString(fn: ivm.Reference<() => string>): string | undefined {
  try {
    const text = fn.applySync(undefined, [], { timeout: 100 }) as unknown;
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The choices a run made (CHOICES_GLOBAL's answer). */
export const readChoices = readString;

function nearMemoryLimit(isolate: ivm.Isolate, memoryMb: number): boolean {
  try {
    return heapUsedMb(isolate) > 0.75 * memoryMb;
  } catch {
    return false;
  }
}

/**
 * Makes the program's location register (transpile/location.ts) in the context, before user code:
 * the host keeps a reference, so what the program later does to globals cannot redirect the read.
 */
function makeLocationRegister(context: ivm.Context): ivm.Reference<number[]> | undefined {
  try {
    const slots = `[${new Array(LOCATION_SLOTS).fill(0).join(', ')}]`;
    return context.evalSync(`this.${LOCATION_GLOBAL} = ${slots}`, { reference: true, timeout: 100 }) as ivm.Reference<number[]>;
  } catch {
    return undefined;
  }
}

/** The register's slots, copied out (a copy of a plain array of numbers runs no user code); undefined if unreadable. */
function readLocation(register: ivm.Reference<number[]> | undefined): number[] | undefined {
  try {
    const slots = register?.copySync() as unknown;
    return Array.isArray(slots) && slots.every((n) => Number.isInteger(n)) ? slots as number[] : undefined;
  } catch {
    return undefined;
  }
}

const isTimeout = (e: unknown) => e instanceof Error && /execution timed out/i.test(e.message);

export function runInIsolate(input: RunInIsolateInput, onChunk: (chunkJson: string) => void): RunInIsolateOutput {
  const shared = input.shared;
  const web = input.webGlobals === true;
  let fresh;
  try {
    fresh = shared
      ? Object.assign(createSchedulerContext(shared.isolate, input.config, shared.fromSnapshot, web), { isolate: shared.isolate })
      : takeFreshIsolate(input.memoryMb, input.config, web);
  } catch (e) {
    // A shared isolate can run out of memory making the next schedule's context.
    if (shared?.isolate.isDisposed) return { hostStatus: 'memory', cpuMs: 0, wallMs: 0, steps: 0 };
    throw e;
  }
  fresh.onChunk = onChunk;
  const { isolate, context, step } = fresh;
  const wallStart = performance.now();
  // The isolate may have been prepared earlier: only CPU spent from here on counts against the run.
  const cpuAtStart = Number(isolate.cpuTime);
  const cpuNs = () => Number(isolate.cpuTime) - cpuAtStart;
  let out: RunInIsolateOutput = { hostStatus: 'ok', cpuMs: 0, wallMs: 0, steps: 0 };
  let lastBinding: 'cpu' | 'wall' = 'cpu';
  /** Per-call timeout: whatever is left of the tighter budget (0 or less: a budget is spent). */
  const remaining = (): number => {
    const cpuLeft = input.cpuMs - cpuNs() / 1e6;
    const wallLeft = input.wallMs - (performance.now() - wallStart);
    lastBinding = wallLeft < cpuLeft ? 'wall' : 'cpu';
    return Math.ceil(Math.min(cpuLeft, wallLeft));
  };
  const overBudget = (): 'cpu' | 'wall' | null => {
    if (cpuNs() / 1e6 > input.cpuMs) return 'cpu';
    if (performance.now() - wallStart > input.wallMs) return 'wall';
    return null;
  };
  let compiled = false;
  const register = makeLocationRegister(context);
  try {
    const program = shared ? shared.script : isolate.compileScriptSync(input.program, { filename: 'main.js' });
    compiled = true;
    program.runSync(context, { timeout: Math.max(1, remaining()) });
    if (!shared) program.release();
    for (let steps = 0; ; steps++) {
      if (steps >= input.maxMacrotasks) {
        out = { ...out, hostStatus: 'limit' };
        // The scheduler closes the trace with a 'limit' end at the current virtual time.
        drain(step, { kind: 'limit', message: `The program ran more than ${input.maxMacrotasks} timer callbacks` }, onChunk);
        break;
      }
      const left = remaining();
      if (left <= 0) {
        out = { ...out, hostStatus: 'timeout', limitHit: lastBinding };
        drain(step, { kind: 'flush' }, onChunk);
        break;
      }
      // Spread the per-call timer deadlines over 64 ms (the overshoot is caught by the budget
      // check above): isolated-vm frees expired timers recursively, so thousands of them expiring
      // at the same instant would run its timer thread out of stack.
      out.steps = steps + 1;
      const reply = step.applySync(undefined, [], { timeout: left + (steps & 63) }) as unknown;
      if (typeof reply !== 'string') throw new Error('scheduler step returned a non-string');
      // Reply text is `[more,[events…]]`; forward the events array text untouched.
      const more = reply.startsWith('[true,');
      const events = reply.slice(more ? 6 : 7, -1);
      if (events !== '[]') onChunk(events);
      if (!more) break;
    }
  } catch (e) {
    if (isolate.isDisposed) {
      out = { ...out, hostStatus: 'memory' };
    } else if (isTimeout(e) && nearMemoryLimit(isolate, input.memoryMb)) {
      // Allocation-heavy code can outlast the timeout inside V8 before the memory limit kills it.
      out = { ...out, hostStatus: 'memory' };
    } else if (isTimeout(e)) {
      out = { ...out, hostStatus: 'timeout', limitHit: overBudget() ?? lastBinding };
      // The isolate survives a timeout: collect the events still buffered inside it.
      drain(step, { kind: 'flush' }, onChunk);
    } else {
      out = { ...out, hostStatus: 'error', hostError: toHostError(e) };
      // An exception out of a call is an unhandled rejection isolated-vm re-threw: let the
      // scheduler record it and close the trace with its 'end' event.
      if (compiled) drain(step, toHostError(e), onChunk);
    }
  } finally {
    if (input.config.choices && !isolate.isDisposed) out.choicesJson = readChoices(fresh.choices);
    try { out.cpuMs = cpuNs() / 1e6; } catch { /* disposed */ }
    out.wallMs = performance.now() - wallStart;
    if (out.hostStatus === 'timeout' && !isolate.isDisposed) out.location = readLocation(register);
    try { register?.release(); } catch { /* the isolate is gone */ }
    // A schedule's context is dropped at once; a run's isolate serves the next run only after a
    // clean ending (fresh-isolate.ts), else it is disposed after the result is on its way.
    if (shared) {
      const collected = fresh.drain && !isolate.isDisposed ? readString(fresh.drain) : undefined;
      if (collected) onChunk(`[${collected}]`);
      releaseContext(fresh);
    }
    else finishRun(fresh as FreshIsolate, out.hostStatus === 'ok');
  }
  if (out.hostStatus === 'memory' && out.cpuMs === 0) out.cpuMs = out.wallMs;
  return out;
}
