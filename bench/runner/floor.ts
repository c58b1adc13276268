// The floor a run cannot beat: a bare isolated-vm isolate (create, compile, run, dispose) running
// seed program 3 as precompiled JS on a minimal virtual clock, with no instrumentation, no trace,
// no worker process. Same host-call-per-macrotask structure as the real scheduler.
import ivm from 'isolated-vm';
import { stripTypeScriptTypes } from 'node:module';

const SHIM = `
let now = 0, seq = 0; const timers = []; const out = [];
const performance = { now: () => now };
const console = { log: (...a) => out.push(a.join(' ')) };
const asyncio = {
  sleep: (s) => new Promise((resolve) => timers.push({ due: now + s * 1000, seq: seq++, resolve })),
  createTask: (p) => p,
  run: (p) => p,
};
globalThis.step = () => {
  if (timers.length === 0) return false;
  // Every timer due at the earliest instant fires in one round, in creation order, as asyncio
  // moves them all to its ready queue at once (Taskline's and CPython's order for seed 3).
  timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
  now = timers[0].due;
  const firstLater = timers.findIndex((t) => t.due !== now);
  for (const t of timers.splice(0, firstLater === -1 ? timers.length : firstLater)) t.resolve();
  return true;
};
`;

export function floorProgram(tsSource: string): string {
  return `${SHIM}\n${stripTypeScriptTypes(tsSource)}`;
}

/** One bare run; returns the number of console lines so the work cannot be optimised away. */
export function runFloor(program: string): number {
  return runBare(program, 'out.length') as number;
}

/** One bare run; returns the lines the program printed (the comparison checks them). */
export function runFloorOutput(program: string): string[] {
  return JSON.parse(runBare(program, 'JSON.stringify(out)') as string) as string[];
}

function runBare(program: string, result: string): unknown {
  const isolate = new ivm.Isolate({ memoryLimit: 64 });
  try {
    const context = isolate.createContextSync();
    isolate.compileScriptSync(program).runSync(context, { timeout: 2000 });
    const step = context.global.getSync('step', { reference: true }) as ivm.Reference<() => boolean>;
    while (step.applySync(undefined, [], { timeout: 2000 })) { /* one macrotask per call */ }
    return context.evalSync(result);
  } finally {
    isolate.dispose();
  }
}
