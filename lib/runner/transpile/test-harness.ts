// Test support (not shipped): runs a program in node:vm twice — the original with types stripped,
// and the instrumented one against a fake hooks object that records every hook call — so tests
// can check the instrumentation adds no ticks and reports tasks/awaits/resumes correctly.
import vm from 'node:vm';
import ts from 'typescript';
import { compileProgram } from './compile.ts';

export interface HookCall {
  hook: 'task' | 'exit' | 'awaiting' | 'resumed' | 'current' | 'module';
  task?: number;
  name?: string;
  text?: string;
  line?: number;
}

export interface RunOutput {
  /** console.log lines, in order. */
  log: string[];
  /** Hook calls, in order (instrumented runs only). */
  calls: HookCall[];
  /** The top-level promise's rejection message, if any. */
  error?: string;
}

const SETTLE_MS = 40;

function sandbox(log: string[], globals: Record<string, unknown> = {}): vm.Context {
  const format = (v: unknown) => (typeof v === 'string' ? v : v instanceof Error ? `${v.name}: ${v.message}` : JSON.stringify(v) ?? String(v));
  return vm.createContext({
    console: { log: (...args: unknown[]) => log.push(args.map(format).join(' ')) },
    setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask,
    ...globals,
  });
}

async function settle(promise: unknown, out: RunOutput): Promise<RunOutput> {
  try {
    await promise;
  } catch (e) {
    out.error = e instanceof Error ? e.message : String(e);
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return out;
}

/** Strips types only, and runs the code as the body of an async function (like the real wrapper). */
export async function runPlain(source: string): Promise<RunOutput> {
  const js = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2023, module: ts.ModuleKind.ESNext, moduleDetection: ts.ModuleDetectionKind.Force },
  }).outputText.replace(/^export \{\};$/m, '');
  const out: RunOutput = { log: [], calls: [] };
  const ctx = sandbox(out.log);
  const promise = new vm.Script(`(async function () {\n${js}\n})()`, { filename: 'plain.js' }).runInContext(ctx);
  return settle(promise, out);
}

/** A fake scheduler: records hook calls and passes every value through unchanged. */
export function fakeHooks(calls: HookCall[], modules: Record<string, Record<string, unknown>> = {}, addTick = false) {
  let nextId = 1;
  let current = 0;
  return {
    task(name: string, fn: (...args: unknown[]) => Promise<unknown>, args?: ArrayLike<unknown>) {
      const id = nextId++;
      calls.push({ hook: 'task', task: id, name });
      const saved = current;
      current = id;
      try {
        return args === undefined ? fn(id) : fn(...Array.from(args));
      } finally {
        current = saved;
      }
    },
    fn<T>(fn: T) { return fn; },
    methods<T>(holder: T) { return holder; },
    source() {},
    exit(id: number) { calls.push({ hook: 'exit', task: id }); },
    awaiting<T>(id: number, value: T, text: string, line: number): T {
      calls.push({ hook: 'awaiting', task: id, text, line });
      // addTick: a deliberately wrong hook, to prove the differential test notices extra ticks.
      return addTick ? (Promise.resolve(value).then((v) => v) as T) : value;
    },
    resumed<T>(id: number, value?: T): T | undefined {
      calls.push({ hook: 'resumed', task: id });
      current = id;
      return value;
    },
    current() { return current; },
    module(name: string) { return modules[name] ?? {}; },
    // A coroutine object started at once: these fake hooks have no asyncio loop to defer it to.
    lazy(fn: (...a: unknown[]) => unknown, args: unknown[], thisArg: unknown) { return fn.apply(thisArg, args); },
    // `new Promise(…)` as written: the fake adds nothing (the real hook only notes the outcome).
    newPromise(C: new (...a: unknown[]) => unknown, ...args: unknown[]) { return Reflect.construct(C, args); },
    // A returned value and the promise-construction hooks as written: the fakes add nothing either.
    returning<T>(_id: number, value: T): T { return value; },
    promises: {
      executor: (ex: unknown) => ex,
      made: <T>(p: T): T => p,
      args: (list: Iterable<unknown>) => [...list],
      construct: (reflect: { construct: Function }, ...args: unknown[]) => Reflect.apply(reflect.construct, reflect, args),
      // The real walk (either answer constructs as written here): the branded class is found.
      direct(newTarget: unknown, isMine: (c: object) => boolean) {
        for (let c = newTarget; typeof c === 'function'; c = Object.getPrototypeOf(c)) if (isMine(c)) return Object.getPrototypeOf(c) === Promise;
        return false;
      },
      superArgs: (_newTarget: unknown, _isMine: unknown, list: unknown[]) => list,
    },
  };
}

/** Compiles with the real instrumenter and runs the program with fakeHooks; throws on compile errors. */
export async function runInstrumented(
  source: string,
  options: { modules?: Record<string, Record<string, unknown>>; addTick?: boolean; globals?: Record<string, unknown> } = {},
): Promise<RunOutput> {
  const compiled = compileProgram(source);
  if (!compiled.ok) throw new Error(`compile error: ${compiled.error.message} at ${compiled.error.line}:${compiled.error.column}`);
  const out: RunOutput = { log: [], calls: [] };
  const ctx = sandbox(out.log, options.globals);
  let promise: unknown;
  ctx.__tl_boot = (program: (hooks: unknown, id: number) => Promise<unknown>) => {
    promise = program(fakeHooks(out.calls, options.modules, options.addTick), 0);
  };
  new vm.Script(compiled.program, { filename: 'main.js' }).runInContext(ctx);
  return settle(promise, out);
}
