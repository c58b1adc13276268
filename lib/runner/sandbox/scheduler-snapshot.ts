// A V8 startup snapshot holding the scheduler bundle as one uncalled function, with the code of
// its functions already compiled by a warm-up run: a fresh isolate made from it skips parsing and
// lazy compilation of the scheduler. Built once per worker process from OUR code only (user code
// never goes into a snapshot or a code cache: CVE-2022-39266).
import ivm from 'isolated-vm';
import { CONFIG_GLOBAL, HOST_EMIT_GLOBAL, STEP_GLOBAL } from '../../scheduler/abi.ts';
import { compileProgram } from '../transpile/index.ts';
import { SCHEDULER_FILENAME, schedulerSource, webGlobalsSource } from './scheduler-bundle.ts';
import { schedulerConfig } from './scheduler-config.ts';

/** Global holding the uncalled bundle in every context made from the snapshot; the host deletes it before user code runs. */
export const BUNDLE_INIT_GLOBAL = '__tl_init';

/**
 * The scheduler wrapped in a function, so evaluating it defines nothing but that function; with
 * `web`, after the web globals, which do run here: built before any user code, stateless until a
 * run plugs in its clock. They double the snapshot (and the time to make an isolate from it), so
 * only programs that use them get them (web-globals-use.ts).
 */
export function bundleDefinition(web = false): string {
  const definition = `globalThis.${BUNDLE_INIT_GLOBAL} = function () {\n${schedulerSource()}\n};`;
  return web ? `${webGlobalsSource()}\n${definition}` : definition;
}

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

function warmUpScript(): string {
  const compiled = compileProgram(WARM_UP_PROGRAM);
  if (!compiled.ok) throw new Error(`scheduler warm-up program does not compile: ${compiled.error.message}`);
  return [
    `globalThis.${HOST_EMIT_GLOBAL} = () => {};`,
    `globalThis.${CONFIG_GLOBAL} = ${JSON.stringify(JSON.stringify(schedulerConfig()))};`,
    `${BUNDLE_INIT_GLOBAL}();`,
    `const step = globalThis.${STEP_GLOBAL};`,
    compiled.program,
    `for (let i = 0; i < 100 && step().startsWith('[true,'); i++);`,
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
