// Golden tests for async-function semantics under instrumentation (issue 11, first part): each case
// failed before the instrumenter kept parameters on a native async body, gave its wrappers
// AsyncFunction's look and the user's source, made top-level `this` undefined and ran thenables
// as the task that awaited them. Expected lines are what Node 24 prints for the same program.
import { describe, expect, it } from 'vitest';
import { goldenPool } from './test-support/golden-pool.ts';
import type { RunResult } from './protocol.ts';

const { run } = goldenPool();

const out = (r: RunResult) => r.console.map((l) => l.text);
const taskOfLine = (r: RunResult, text: string) =>
  r.tasks.find((t) => t.id === r.console.find((l) => l.text === text)?.taskId)?.name;

describe('golden: async functions keep their semantics', () => {
  it('a failing default parameter or destructuring rejects the promise instead of throwing at the call', async () => {
    const r = await run(
      'function boom() { throw new Error("boom"); }',
      'async function f(x = boom()) { return x; }',
      'async function g({ a }) { return a; }',
      'const h = async ([x]) => x;',
      'Promise.allSettled([f(), g(null), h(1), f(2)]).then((rs) => console.log(rs.map((r) => r.status).join(" ")));',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    expect(out(r)).toEqual(['rejected rejected rejected fulfilled']);
  });

  it('async functions look async: tag, constructor, printing, no prototype, not constructible', async () => {
    const r = await run(
      'async function f() {}', 'const a = async () => {};', 'const o = { async m() {} };', 'class K { async m() {} static async s() {} }',
      'for (const fn of [f, a, o.m, K.prototype.m, K.s]) console.log(Object.prototype.toString.call(fn), fn.constructor.name, "prototype" in fn);',
      'console.log(f, a);',
      'try { new f(); } catch (e) { console.log(String(e)); }',
      'try { new o.m(); } catch (e) { console.log(String(e)); }',
      'class P { static async #hidden(a) {} async #own(a, b) {} static peek() { return P.#hidden; } mine() { return this.#own; } }',
      'console.log(Object.prototype.toString.call(P.peek()), P.peek().length, Object.prototype.toString.call(new P().mine()), new P().mine().length);',
    );
    expect(out(r)).toEqual([
      ...Array(5).fill('[object AsyncFunction] AsyncFunction false'),
      '[AsyncFunction: f] [AsyncFunction: a]',
      'TypeError: f is not a constructor',
      'TypeError: o.m is not a constructor',
      '[object AsyncFunction] 1 [object AsyncFunction] 2',
    ]);
  });

  it('toString shows the source as written (TypeScript included) and never the instrumentation', async () => {
    const code = [
      'async function  f(a: number,b = 2) { return a+b }',
      'const g = async x=>x;',
      'class K { async m(){ return 1 } }',
      'console.log(String(f)); console.log(`${g}`); console.log(K.prototype.m.toString()); console.log(K.toString());',
    ];
    const r = await run(...code);
    expect(out(r)).toEqual(['async function  f(a: number,b = 2) { return a+b }', 'async x=>x', 'async m(){ return 1 }', 'class K { async m(){ return 1 } }']);
    expect(out(r).join('\n')).not.toContain('__tl');
  });

  it('toString of plain functions, arrows, accessors and classes is their text, not TypeScript\'s reprint', async () => {
    const r = await run(
      'function add(a,b){return a+b}', 'const mul=(a,b)=>a*b;', 'class A{ get v(){return 1} static *g(){} }',
      'function outer(){ return async()=>1 }',
      'console.log([add, mul, A, Object.getOwnPropertyDescriptor(A.prototype, "v").get, A.g, outer].map(String).join(" | "));',
    );
    expect(out(r)).toEqual(['function add(a,b){return a+b} | (a,b)=>a*b | class A{ get v(){return 1} static *g(){} } | get v(){return 1} | *g(){} | function outer(){ return async()=>1 }']);
  });

  it('top-level this is undefined, as in an ES module', async () => {
    const r = await run('console.log(this, typeof this, (() => this)());', 'const o = { m() { return this === o; } }; console.log(o.m());');
    expect(out(r)).toEqual(['undefined undefined undefined', 'true']);
  });

  it("a thenable's then runs as the task that awaited it, not the task that ran last", async () => {
    const r = await run(
      'const thenable = { then(resolve) { console.log("in then"); resolve(1); } };',
      'async function awaitsThenable() { await null; await thenable; console.log("a resumed"); }',
      'async function busy() { await null; await null; console.log("b ran"); }',
      'awaitsThenable(); busy();',
    );
    expect(out(r)).toEqual(['in then', 'b ran', 'a resumed']);
    expect(taskOfLine(r, 'in then')).toBe('awaitsThenable');
    expect(taskOfLine(r, 'b ran')).toBe('busy');
  });
});

// Ports of tc39/test262 tests that Node passes (named after the test262 file they follow).
describe('golden: test262 ports', () => {
  it('await-monkey-patched-promise: an own then on a native promise is never called by await', async () => {
    const r = await run(
      'let calls = 0; const log = [];',
      'const patched = Promise.resolve(42);',
      'patched.then = function (...args) { calls++; return Promise.prototype.then.apply(this, args); };',
      'async function trigger() { log.push("Await: " + await patched); }',
      'trigger().then(() => console.log(log.join(", "), calls));',
      'new Promise((r) => { log.push("Promise: 1"); r(); }).then(() => log.push("Promise: 2"));',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    expect(out(r)).toEqual(['Promise: 1, Await: 42, Promise: 2 0']);
  });

  it('await-non-promise-thenable: then is called on each await, in a job of its own', async () => {
    const r = await run(
      'let n = 0; const log = []; const t = { then(f) { n++; f(n); } };',
      'async function trigger() { log.push("Await: " + await t); log.push("Await: " + await t); }',
      'trigger().then(() => console.log(log.join(", ")));',
      'new Promise((r) => r()).then(() => log.push("Promise: 1")).then(() => log.push("Promise: 2")).then(() => log.push("Promise: 3")).then(() => log.push("Promise: 4"));',
    );
    expect(out(r)).toEqual(['Promise: 1, Await: 1, Promise: 2, Promise: 3, Await: 2, Promise: 4']);
  });

  it('Promise/prototype/finally: then calls (and their arguments) through the species, the value kept', async () => {
    const r = await run(
      'let calls = 0;',
      'class P extends Promise { then(a, b) { calls++; console.log(typeof a, typeof b, a.length, b && b.length); return super.then(a, b); } }',
      'P.resolve(7).finally(() => 0).then((v) => console.log("value", v, "calls", calls));',
      // invokes-then-with-function: an own `then` on a promise, assigned as test262 does, gets the two functions.
      'const target = new Promise(() => {}); const back = {};',
      'target.then = function (a, b) { console.log("own then", this === target, typeof a, typeof b); return back; };',
      'console.log("returned", Promise.prototype.finally.call(target, () => {}) === back);',
    );
    // Every then call on a P instance, in the order Node 24 makes them (finally's, the user's, thenFinally's).
    expect(out(r)).toEqual(['function function 1 1', 'function undefined 1 undefined', 'own then true function function',
      'returned true', 'function undefined 0 undefined', 'function function 1 1', 'value 7 calls 4']);
  });

  it('Promise/resolve: a custom then is read once, synchronously, and called in a later job', async () => {
    const r = await run(
      'let reads = 0; const t = { get then() { reads++; return (res) => { console.log("then called"); res("v"); }; } };',
      'const p = Promise.resolve(t); console.log("reads", reads);',
      'p.then((v) => console.log(v, reads));',
      'const own = Promise.resolve("own"); own.then = function (f) { console.log("own then"); f("via own then"); };',
      'console.log("same promise back", Promise.resolve(own) === own);',
      'new Promise((res) => res(own)).then((v) => console.log(v));',
      'console.log("sync end");',
    );
    expect(out(r)).toEqual(['reads 1', 'same promise back true', 'sync end', 'then called', 'own then', 'v 1', 'via own then']);
  });

  it('await PromiseResolve: the constructor of an awaited promise is read exactly once', async () => {
    const r = await run(
      'let reads = 0; const p = Promise.resolve(1);',
      'Object.defineProperty(p, "constructor", { get() { reads++; return Promise; } });',
      'await p; console.log("reads", reads);',
      'const foreign = Promise.resolve("f"); foreign.constructor = Object; let calls = 0;',
      'foreign.then = function (...a) { calls++; return Promise.prototype.then.apply(this, a); };',
      'console.log(await foreign, "then calls", calls);',
    );
    expect(out(r)).toEqual(['reads 1', 'f then calls 1']);
  });

  it('async-generator dstr (…-init-fn-name-*): destructuring defaults run at the call, in order, and name what they bind', async () => {
    const r = await run(
      'const order = []; const note = (v) => (order.push(v), v);',
      'async function* g([a = note("a"), b = note("b")] = [], { c = note("c") } = {}) { yield [a, b, c].join(""); }',
      'const it = g([undefined, "B"]); console.log(order.join(","));',
      'console.log((await it.next()).value);',
      'async function* h([fn = async () => {}, xFn = async function x() {}] = [], { cover = (async () => {}) } = {}) {',
      '  yield [fn.name, xFn.name, cover.name, Object.prototype.toString.call(fn), "prototype" in cover].join(" "); }',
      'console.log((await h().next()).value);',
    );
    expect(out(r)).toEqual(['a,c', 'aBc', 'fn x cover [object AsyncFunction] false']);
  });
});

// Attacks on the new surfaces: the AsyncFunction constructor, tampered built-ins, hostile awaited values.
describe('hostile: async-function look and thenables', () => {
  it('the AsyncFunction constructor a program can now reach sees none of the runner', async () => {
    const r = await run(
      'const AF = (async () => {}).constructor;',
      // `process` is Taskline's virtual one now (issue 11): the host's would have `binding`.
      'console.log(await AF("return typeof __tl + typeof __tl_t + typeof __tl_src + typeof process.binding")());',
    );
    expect(out(r)).toEqual(['undefinedundefinedundefinedundefined']);
  });

  it('built-ins the look relies on may be sabotaged first; functions still look async', async () => {
    const r = await run(
      'Object.setPrototypeOf = () => { throw new Error("no"); }; Object.defineProperty = () => { throw new Error("no"); };',
      'WeakMap.prototype.set = () => { throw new Error("no"); }; String.prototype.slice = () => "forged";',
      'async function f(a) {}',
      'console.log(Object.prototype.toString.call(f), f.length, Function.prototype.toString.call(f));',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    expect(out(r)).toEqual(['[object AsyncFunction] 1 async function f(a) {}']);
  });

  it('a marker comment forged in Function-made code or the program cannot show other source', async () => {
    const r = await run(
      'const fn = new Function("/*@tl:0:20*/");',
      'console.log(JSON.stringify(fn.toString()));',
      'function f() { return 1; /*@tl:0:5*/ }',
      'console.log(f.toString());',
    );
    expect(out(r)).toEqual([JSON.stringify('function anonymous(\n) {\n/*@tl:0:20*/\n}'), 'function f() { return 1; /*@tl:0:5*/ }']);
  });

  it('awaiting a Proxy whose traps throw, or a then getter that throws, behaves as in Node', async () => {
    const r = await run(
      'const p = new Proxy({}, { getPrototypeOf() { throw new Error("trap"); } });',
      'console.log((await p) === p);',
      'try { await { get then() { throw new Error("getter"); } }; } catch (e) { console.log("caught", e.message); }',
    );
    expect(out(r)).toEqual(['true', 'caught getter']);
  });
});
