// Async methods with computed keys look like async functions: inspect, toString tag, constructor,
// no prototype, not constructible, the user's own source text; the key is evaluated once.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let evaluations = 0;
const key = () => { evaluations++; return 'dyn'; };
const o = { async [key()]() { return 1; }, async plain() {}, [key() + 2]: 5 };
const f = (o as any).dyn;
console.log(o, f, Object.prototype.toString.call(f), f.constructor.name, 'prototype' in f, f.length);
try { new f(); } catch (e) { console.log((e as Error).constructor.name, (e as Error).message); }
console.log(String(f));
const sym = Symbol('s');
class C {
  async [Symbol.iterator]() {}
  static async ['x']() { return 2; }
  async ['y' + 1](a, b = 2) { return a + b; }
  static async [sym](x) { return x; }
  [key()]() { return 'sync'; }
}
const c = new C() as any;
console.log(C.x, c[Symbol.iterator], c.y1, c.y1.length, Object.prototype.toString.call(c.y1), (C as any)[sym]);
console.log(c.y1.constructor.name, 'prototype' in c.y1, String(c.y1), String((C as any)[sym]));
console.log(c.dyn, 'evaluations', evaluations);
for (const m of [C.x, c[Symbol.iterator], (C as any)[sym]]) {
  try { new (m as any)(); } catch (e) { console.log((e as Error).message); }
}
C.x().then((v) => console.log('x ->', v));
c.y1(1).then((v: number) => console.log('y1 ->', v));
f().then((v: number) => console.log('dyn ->', v));
