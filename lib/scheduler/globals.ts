// Shapes the global object user code sees: removes what could escape determinism or the
// sandbox (WebAssembly, shared memory, GC observers), installs the virtual clock, timers,
// console and the sandbox built-ins, and defines what `import "taskline" | "asyncio"` yields.
import {
  ArrayPrototypeIncludes, G, ObjectDefineProperty, ObjectFreeze, ObjectGetOwnPropertyDescriptor, ReflectOwnKeys, SymbolFor, SymbolToStringTag,
} from './intrinsics.ts';
import { S } from './state.ts';
import { setModules } from './hooks.ts';
import { blockFor, sleep, timerGlobals } from './timers.ts';
import { asyncio, Task } from './asyncio/index.ts';
import { CancelledError, TimeoutError } from './errors.ts';
import { sandboxConsole } from './console.ts';
import { makeDate, makeRandom, virtualiseIntl } from './virtual-env.ts';
import { makePerformance } from './performance.ts';
import { ASSERTION_GLOBALS, installAssertions } from './assertions.ts';
import { makeProcess } from './process.ts';
import { Immediate, clearImmediate, setImmediate } from './immediates.ts';
import { installWebGlobals } from './web-install.ts';
import { timersPromisesModule } from './timers-promises.ts';
import { eventsModule } from './node-events.ts';
import { lookLikeNode } from './native-looks.ts';
import { lookLikeNodeWeb } from './web-looks.ts';
import { Timeout } from './timeout.ts';
import { LOOKS as TIMER_LOOKS } from './node-timer-looks.ts';

const REMOVED = ['WebAssembly', 'SharedArrayBuffer', 'Atomics', 'WeakRef', 'FinalizationRegistry'];

/**
 * A global made on first use, kept in an accessor as Node keeps `process` and `performance`:
 * a run that never reads it never pays for building it.
 */
function defineLazy(name: string, make: () => unknown): void {
  let value: unknown;
  let made = false;
  ObjectDefineProperty(G, name, {
    get() {
      if (!made) { value = make(); made = true; lookLikeNode(name, value); }
      return value;
    },
    set(v: unknown) { value = v; made = true; },
    configurable: true, enumerable: false,
  });
}

function define(name: string, value: unknown): void {
  ObjectDefineProperty(G, name, { value, writable: true, configurable: true, enumerable: false });
}

/**
 * V8 hands Error.prepareStackTrace live CallSites, whose getThis()/getFunction() could reach the
 * scheduler's internals. Stack formatting stays V8's default: sets are kept but never consulted.
 */
function neutralisePrepareStackTrace(): void {
  let stored: unknown;
  ObjectDefineProperty(G.Error, 'prepareStackTrace', {
    get() { return undefined; },
    set(v: unknown) { stored = v; },
    configurable: false,
  });
  void stored;
}

/**
 * A call `eval(x)` is a *direct* eval only when `eval` resolves to the realm's own %eval%; a direct
 * eval sees the enclosing scope, which inside the instrumented program includes the wrapper's
 * parameters (the runner's hooks, see abi.ts), so `eval('__t' + 'l').task(...)` could forge tasks.
 * The global `eval` becomes a plain function calling %eval% indirectly: it still evaluates code in
 * the global scope, like `(0, eval)(x)`, but no call of it can see the program's scope. The
 * original %eval% stays only in this closure.
 */
function makeEvalIndirect(): void {
  const realEval = G.eval as (code: unknown) => unknown;
  const indirect = { eval(code: unknown) { return realEval(code); } }.eval;
  ObjectDefineProperty(indirect, 'name', { value: 'eval' });
  define('eval', indirect);
}

/** The globals installGlobals added (not redefined), in order. */
let added: PropertyKey[] = [];

/**
 * The per-run part, after the run's config is known (entry.ts configure); the rest of
 * installGlobals ran once, into the startup snapshot. V8 finishes a context made from a snapshot
 * by adding flag-dependent built-ins (globals such as `Float16Array`, `Error.isError`, members of
 * `Atomics`), which is why:
 * - the removals are here: V8 aborts ("Exception thrown during bootstrapping") if `Atomics` is gone;
 * - Error.prepareStackTrace is defined here (non-configurable, it must come after `isError`);
 * - our globals are moved after V8's late ones, so every own-key order is the one a fresh install
 *   gives (snapshot-state.test.ts compares them), and the assertion globals are locked here.
 */
export function configureGlobals(): void {
  for (let i = 0; i < REMOVED.length; i++) delete G[REMOVED[i]];
  ObjectDefineProperty(G.Math, 'random', { value: makeRandom(S.config.seed), writable: true, configurable: true });
  lookLikeNode('Math', G.Math);
  neutralisePrepareStackTrace();
  for (let i = 0; i < added.length; i++) {
    const key = added[i];
    const d = ObjectGetOwnPropertyDescriptor(G, key) as PropertyDescriptor;
    delete G[key];
    if (ArrayPrototypeIncludes(ASSERTION_GLOBALS, key)) d.configurable = false;
    ObjectDefineProperty(G, key, d);
  }
}

export function installGlobals(): void {
  const before = ReflectOwnKeys(G);
  installEach();
  const after = ReflectOwnKeys(G);
  added = [];
  for (let i = 0; i < after.length; i++) if (!ArrayPrototypeIncludes(before, after[i])) added[added.length] = after[i];
}

function installEach(): void {
  makeEvalIndirect();
  define('Date', makeDate());
  installWebGlobals();
  const DOMExceptionCtor = G.DOMException;
  defineLazy('performance', () => makePerformance(DOMExceptionCtor));
  virtualiseIntl();
  define('console', sandboxConsole);
  // Node's console says what it is: `[object console]`, `Object [console] { … }`.
  ObjectDefineProperty(sandboxConsole, SymbolToStringTag, { value: 'console', writable: false, enumerable: false, configurable: true });
  defineLazy('process', makeProcess);
  define('setImmediate', setImmediate);
  define('clearImmediate', clearImmediate);
  installAssertions();
  const taskline: Record<string, unknown> = {
    sleep, blockFor, asyncio, Task, CancelledError, TimeoutError,
    setTimeout: timerGlobals.setTimeout, setInterval: timerGlobals.setInterval,
    clearTimeout: timerGlobals.clearTimeout, clearInterval: timerGlobals.clearInterval,
    queueMicrotask: timerGlobals.queueMicrotask,
  };
  const names = Object.keys(taskline);
  for (let i = 0; i < names.length; i++) define(names[i], taskline[names[i]]);
  taskline.default = taskline;
  const tasklineModule = ObjectFreeze(taskline);
  const asyncioModule = ObjectFreeze({ ...asyncio, default: asyncio });
  // Made on first import: most programs import neither.
  let timersPromises: Record<string, unknown> | null = null;
  // util.promisify's hook, which console.log shows on Node's setTimeout and setImmediate: their promise forms.
  const promisified = (name: string) => ({
    get() { return (timersPromises ??= timersPromisesModule())[name]; },
    enumerable: true, configurable: false,
  });
  ObjectDefineProperty(timerGlobals.setTimeout, SymbolFor('nodejs.util.promisify.custom'), promisified('setTimeout'));
  ObjectDefineProperty(setImmediate, SymbolFor('nodejs.util.promisify.custom'), promisified('setImmediate'));
  lookLikeNodeWeb({ Timeout, Immediate }, TIMER_LOOKS);
  let events: Record<string, unknown> | null = null;
  setModules((name) => {
    if (name === 'taskline') return tasklineModule;
    if (name === 'asyncio') return asyncioModule;
    if (name === 'timers/promises') return timersPromises ??= timersPromisesModule();
    if (name === 'events') return events ??= eventsModule();
    throw new Error('Cannot find module "' + name + '"');
  });
}
