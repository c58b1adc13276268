// Test data: tricky ordering programs (TypeScript). Each must print exactly the same lines when
// run instrumented as when run with types merely stripped — the instrumentation adds no ticks.

export const ORDERING_CORPUS: Record<string, string> = {
  'promise chains vs awaits': `
async function a1() { console.log('a1 start'); await a2(); console.log('a1 end'); }
async function a2(): Promise<void> { console.log('a2'); }
console.log('script start');
setTimeout(() => console.log('timeout'), 0);
a1();
new Promise<void>((r) => { console.log('p1'); r(); })
  .then(() => console.log('then1')).then(() => console.log('then2')).then(() => console.log('then3'));
queueMicrotask(() => console.log('micro'));
console.log('script end');`,

  'return await vs return promise': `
const p = () => Promise.resolve(0);
async function viaAwait() { return await p(); }
async function viaPromise() { return p(); }
async function plain() { return 1; }
viaPromise().then(() => console.log('promise'));
viaAwait().then(() => console.log('await'));
plain().then(() => console.log('plain'));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));`,

  'thenables': `
const thenable = { then(resolve: (v: number) => void) { console.log('then called'); resolve(42); } };
async function f() { console.log('before'); const v = await thenable; console.log('got', v); }
f();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
const v2 = await (thenable as any);
console.log('top got', v2);`,

  'async generators and for await': `
async function* gen(n: number) {
  for (let i = 0; i < n; i++) { await null; console.log('gen', i); yield i; }
  try { yield 'last'; } finally { console.log('gen finally'); }
}
async function consume() {
  for await (const v of gen(3)) { console.log('got', v); if (v === 'last') break; }
  console.log('after loop');
}
consume();
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4')).then(() => console.log('x5'));
for await (const x of [Promise.resolve('a'), 'b', sleepy('c')]) console.log('top', x);
function sleepy(v: string) { return new Promise((r) => setTimeout(() => r(v), 1)); }
console.log('top done');`,

  'try/catch/finally around await': `
async function boom(): Promise<never> { await null; throw new Error('boom'); }
async function f() {
  try { console.log('try'); await boom(); console.log('not here'); }
  catch (e) { console.log('caught', (e as Error).message); await null; console.log('after catch await'); }
  finally { console.log('finally'); }
  try { await Promise.reject(new Error('r')); } catch { console.log('caught r'); }
  return 'done';
}
f().then((v) => console.log(v));
Promise.resolve().then(() => console.log('i1')).then(() => console.log('i2')).then(() => console.log('i3')).then(() => console.log('i4'));
try { await boom(); } catch (e: any) { console.log('top caught', e.message); } finally { console.log('top finally'); }`,

  'await in loops': `
async function loops() {
  for (let i = 0; i < 3; i++) { await i; console.log('for', i); }
  let j = 0;
  while (j < 2) { console.log('while', await j); j++; }
  for (const k of [1, 2]) console.log('of', await Promise.resolve(k));
  do { j--; await null; console.log('do', j); } while (j > 0);
}
loops();
let n = 0;
const tick = () => { if (n++ < 8) { console.log('tick', n); Promise.resolve().then(tick); } };
tick();`,

  'this, arguments and super': `
class Base { greet(x: string) { return 'base ' + x; } }
class Derived extends Base {
  name = 'derived';
  async run(a: number, b = 2) { await null; return [this.name, super.greet('hi'), arguments.length, a + b].join(','); }
  static async make() { await null; return new this(); }
  async #secret() { return 'secret ' + this.name; }
  async reveal() { return await this.#secret(); }
}
const obj = {
  label: 'obj',
  async m(...rest: number[]) { await null; return this.label + rest.length + arguments.length; },
  arrowHost() { return (async () => { await null; return this.label + ':' + arguments[0]; })(); },
};
const proto = { hello() { return 'proto hello'; } };
const child = { __proto__: proto, async hello() { await null; return 'child+' + super.hello(); } };
(async () => {
  console.log(await new Derived().run(1));
  console.log(await (await Derived.make()).reveal());
  console.log(await obj.m(1, 2, 3));
  console.log(await obj.arrowHost.call({ label: 'bound' }, 'arg0'));
  console.log(await child.hello());
})();`,

  'evaluation order around awaits': `
const log = (x: unknown) => { console.log('eval', x); return x; };
async function g(v: number) { console.log('g', v); return v; }
function f(...xs: unknown[]) { console.log('f', xs.join(',')); }
async function main() {
  f(log(1), await g(2), log(3));
  const o = { a: log('a'), b: await g(5), c: log('c') };
  console.log(JSON.stringify(o), \`t\${await g(6)}t\`, log(true) && await g(7), log(false) && await g(8));
  const x = (await g(9)) ? await g(10) : await g(11);
  console.log(x, -await g(12), typeof await g(13));
}
main();
Promise.resolve().then(() => console.log('o1')).then(() => console.log('o2')).then(() => console.log('o3'));`,

  'races, all and timers': `
const sleep = (ms: number, v: string) => new Promise<string>((r) => setTimeout(() => r(v), ms));
async function worker(name: string, ms: number) { console.log('start', name); const v = await sleep(ms, name); console.log('end', name); return v; }
const all = await Promise.all([worker('a', 60), worker('b', 1), worker('c', 30)]);
console.log(all.join());
console.log(await Promise.race([worker('slow', 100), worker('fast', 1)]));
const settled = await Promise.allSettled([Promise.reject(new Error('x')), worker('d', 1)]);
console.log(settled.map((s) => s.status).join());
await sleep(200, '');
console.log('done');`,

  'rejections and sync throws': `
async function throwsSync() { throw new Error('sync'); }
async function f(x = 1) { if (x > 1) throw new Error('big'); return x; }
const p = throwsSync();
console.log('after call');
p.catch((e) => console.log('caught', e.message));
f(5).then(null, (e) => console.log('caught2', e.message));
console.log(await f());
const r = await f(3).catch((e: Error) => 'recovered ' + e.message);
console.log(r);`,

  'labels, iterator close and async IIFEs': `
async function* numbers() { try { let i = 0; while (true) { yield i++; await null; } } finally { console.log('closed'); } }
outer: for await (const n of numbers()) {
  inner: for (const m of [0, 1]) { if (m === 1) continue outer; if (n > 2) break outer; console.log(n, m); }
}
console.log('after labels');
const results = await Promise.all([1, 2, 3].map(async (x) => { await null; console.log('map', x); return x * 2; }));
console.log(results.join());
await (async function named() { console.log('iife'); })();
hoisted().then(() => console.log('hoisted done'));
async function hoisted() { console.log('hoisted runs'); }`,

  'generator driven by two tasks': `
async function* ticker() { for (let i = 0; ; i++) { const v = await Promise.resolve(i); yield v; } }
const it = ticker();
async function pull(name: string) { for (let k = 0; k < 2; k++) { const { value } = await it.next(); console.log(name, value); } }
await Promise.all([pull('A'), pull('B')]);
await it.return(undefined);
console.log('returned');`,

  'nested for await without blocks': `
async function* two(tag: string) { yield tag + 1; await null; yield tag + 2; }
const go = true;
for await (const a of two('a')) for await (const b of two(a)) console.log(a, b);
if (go) for await (const c of two('c')) console.log(c);
Promise.resolve().then(() => console.log('n1')).then(() => console.log('n2')).then(() => console.log('n3'));
await null;
console.log('end');`,
};
