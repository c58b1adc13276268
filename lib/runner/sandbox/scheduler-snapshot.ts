// A V8 startup snapshot holding the scheduler already installed (entry.ts has run; each run only
// calls its late CONFIGURE step), with the code of its functions compiled by a warm-up run: a fresh
// isolate made from it skips parsing, installing and lazy compilation of the scheduler. Built once per worker process from OUR code only (user code
// never goes into a snapshot or a code cache: CVE-2022-39266).
import ivm from 'isolated-vm';
import { CONFIG_GLOBAL, CONFIGURE_GLOBAL, HOST_EMIT_GLOBAL, STEP_GLOBAL } from '../../scheduler/abi.ts';
import { compileProgram } from '../transpile/index.ts';
import { SCHEDULER_FILENAME, schedulerSource, webGlobalsSource } from './scheduler-bundle.ts';
import { schedulerConfig } from './scheduler-config.ts';

/**
 * The script that installs the scheduler (our code only, the same for every run: the snapshot
 * holds its result, and every context made from the snapshot starts from that same state); with
 * `web`, after the web globals: built before any user code, stateless until a run plugs in its
 * clock. They double the snapshot (and the time to make an isolate from it), so only programs that
 * use them get them (web-globals-use.ts). A run then calls CONFIGURE_GLOBAL (abi.ts).
 */
export function bundleDefinition(web = false): string {
  return web ? `${webGlobalsSource()}\n${schedulerSource()}` : schedulerSource();
}

/** Step calls the warm-up makes at most, and microtask ticks it lets run after each (its chains are a few ticks long). */
const WARM_UP_STEPS = 100;
const WARM_UP_TICKS_PER_STEP = 64;

/** Exercises the scheduler paths every run takes (tasks, sleeps, console, the step loop); it runs in a throwaway context. */
const WARM_UP_PROGRAM = `
async function tick(label: string, s: number): Promise<number> { await asyncio.sleep(s); console.log(label, { s }); return s; }
async function main() {
  const a = asyncio.createTask(tick('a', 1));
  const b = await tick('b', 2);
  console.log(await a + b, [1, 'x'], performance.now());
}
asyncio.run(main());
`;

/**
 * The warm-up: the program run to its end, so every function of its path is compiled into the
 * snapshot (a function first run in a run's isolate is compiled there, on the run's clock). The
 * snapshot creator drains microtasks only when the script returns, so the step loop is an async
 * function that yields a chain of ticks between steps, as the host's microtask drain would: a plain
 * loop ran every step before any await resumed, and a third of seed program 3's step time was
 * compiling what the warm-up never reached. `emit` receives the trace (tests read it).
 */
export function warmUpScript(emit = '() => {}'): string {
  const compiled = compileProgram(WARM_UP_PROGRAM);
  if (!compiled.ok) throw new Error(`scheduler warm-up program does not compile: ${compiled.error.message}`);
  return [
    `globalThis.${HOST_EMIT_GLOBAL} = ${emit};`,
    `globalThis.${CONFIG_GLOBAL} = ${JSON.stringify(JSON.stringify(schedulerConfig()))};`,
    `${CONFIGURE_GLOBAL}();`,
    `const step = globalThis.${STEP_GLOBAL};`,
    compiled.program,
    `(async () => { for (let i = 0; i < ${WARM_UP_STEPS} && step().startsWith('[true,'); i++) for (let k = 0; k < ${WARM_UP_TICKS_PER_STEP}; k++) await null; })();`,
  ].join('\n');
}

const snapshots = new Map<boolean, ivm.ExternalCopy<ArrayBuffer> | null>();

/**
 * The snapshot (with the web globals or without), built on first use; null when isolated-vm
 * cannot make one (runs then evaluate the bundle source).
 */
export function schedulerSnapshot(web = false): ivm.ExternalCopy<ArrayBuffer> | null {
  const known = snapshots.get(web);
  if (known !== undefined) return known;
  let made: ivm.ExternalCopy<ArrayBuffer> | null;
  try {
    made = ivm.Isolate.createSnapshot([{ code: bundleDefinition(web), filename: SCHEDULER_FILENAME }], warmUpScript());
  } catch {
    made = null;
  }
  snapshots.set(web, made);
  return made;
}
