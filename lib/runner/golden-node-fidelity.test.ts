// Golden tests for the last divergences of issue 11, each failing before its fix: then/catch on a
// settled promise settles the derived one a microtask later (as console.log shows it), Promise
// subclasses of an alias and Reflect.construct however reached get states, nested DOMExceptions
// clone as Node's, and the built-ins the scheduler replaces print as Node's (this process is Node 24).
import { describe, expect, it } from 'vitest';
import { goldenPool, stdoutOf } from './test-support/golden-pool.ts';

const { run } = goldenPool();

describe('golden: then on a settled promise', () => {
  it('the derived promise is pending until its own microtask, also without a handler for the outcome', async () => {
    const r = await run(
      'const rejected = Promise.reject("boom"); rejected.catch(() => {});',
      'const d = [rejected.then((v) => v), rejected.then(), Promise.resolve(1).catch(() => 0), Promise.resolve(2).then()];',
      'd[0].catch(() => {}); d[1].catch(() => {});',
      'console.log(d);',
      'queueMicrotask(() => console.log(d));',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    expect(stdoutOf(r).join('\n')).toBe([
      '[',
      '  Promise { <pending> },',
      '  Promise { <pending> },',
      '  Promise { <pending> },',
      '  Promise { <pending> }',
      ']',
      '[',
      "  Promise { <rejected> 'boom' },",
      "  Promise { <rejected> 'boom' },",
      '  Promise { 1 },',
      '  Promise { 2 }',
      ']',
    ].join('\n'));
  });

  it('hostile: a pass-through resolves with the value as Node does: its `then` getter is read once more', async () => {
    const r = await run(
      'let reads = 0;',
      'const v = { get then() { reads++; return undefined; } };',
      'const p = Promise.resolve(v);',
      'const d = p.catch(() => 0);',
      'd.then((x) => console.log(x === v, reads));',
    );
    expect(stdoutOf(r)).toEqual(['true 2']); // Node 24 prints the same (spec: the reaction resolves)
  });
});

describe('golden: Promise subclasses and Reflect.construct not written literally', () => {
  it('a class extending an alias, globalThis.Promise or a mixin prints its promise state', async () => {
    const r = await run(
      'const P = Promise; class MyP extends P {} class G extends globalThis.Promise {}',
      'const mixin = (B) => class extends B {}; class M extends mixin(P) {}',
      'console.log(new MyP((r) => r(1)), new G((r) => r(2)), new M((r, j) => j(3)).catch(() => {}) instanceof M);',
      'const m = new M((r) => r(4)); console.log(m);',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    expect(stdoutOf(r)).toEqual(['MyP [Promise] { 1 } G [Promise] { 2 } true', 'M [Promise] { 4 }']);
  });

  it('hostile: a class extending an alias of another class gets its arguments untouched', async () => {
    const r = await run(
      'class Animal { constructor(f) { this.f = f; } } const A = Animal;',
      'class Dog extends A {} const fn = () => 1;',
      'console.log(new Dog(fn).f === fn, Object.getOwnPropertyNames(Dog).join());',
    );
    expect(stdoutOf(r)).toEqual(['true length,name,prototype']);
  });

  it('TypeScript parameter properties still land after super(…) in such a class', async () => {
    const r = await run(
      'class Base { constructor(public name: string) {} } const B = Base; const P = Promise;',
      'class Child extends B { constructor(name: string, private age: number) { super(name); console.log("after super", this.age); } }',
      'class Tagged extends P<number> { constructor(ex: any, public tag = "t") { super(ex); } }',
      'const c = new Child("a", 3); const t = new Tagged((r: any) => r(1));',
      'console.log(c.name, t.tag, t);',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    expect(stdoutOf(r)).toEqual(['after super 3', "a t Tagged [Promise] { 1, tag: 't' }"]);
  });

  it('Reflect.construct through an alias or destructured prints the promise state', async () => {
    const r = await run(
      'const { construct } = Reflect; const R = Reflect; const ctor = Promise; class S extends Promise {}',
      'console.log(construct(ctor, [(r) => r(1)]), R.construct(ctor, [(r) => r(2)], S), String(Reflect.construct));',
    );
    expect(stdoutOf(r)).toEqual(['Promise { 1 } S [Promise] { 2 } function construct() { [native code] }']);
  });
});

describe('golden: structuredClone of nested DOMExceptions', () => {
  it('come back as DOMExceptions with the original stack, shared ones shared', async () => {
    const r = await run(
      'const e = new DOMException("m", "AbortError");',
      'const c = structuredClone({ e, list: [e], map: new Map([[1, e]]) });',
      'console.log(c.e instanceof DOMException, c.e.name, c.e.code, c.list[0] === c.e, c.map.get(1) === c.e, c.e.stack === e.stack);',
    );
    expect(stdoutOf(r)).toEqual(['true AbortError 20 true true true']);
  });
});

describe('golden: replaced built-ins print as Node’s', () => {
  const names = ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'queueMicrotask', 'structuredClone'];
  it('source text, name and length as this Node shows them; no scheduler code', async () => {
    const r = await run(
      `for (const n of ${JSON.stringify(names)}) console.log(JSON.stringify(Function.prototype.toString.call(globalThis[n])));`,
      'console.log(String(Promise.prototype.then), String(Promise.resolve), String(console.log), String(Date.now), String(Math.random), Math.random.name);',
      'console.log(String(process.nextTick) === process.nextTick.toString(), process.hrtime.bigint.name, String(console));',
    );
    const g = globalThis as unknown as Record<string, Function>;
    expect(stdoutOf(r)).toEqual([
      ...names.map((n) => JSON.stringify(Function.prototype.toString.call(g[n]))),
      'function then() { [native code] } function resolve() { [native code] } function () { [native code] } '
        + 'function now() { [native code] } function random() { [native code] } random',
      'true hrtimeBigInt [object console]',
    ]);
  });
});
