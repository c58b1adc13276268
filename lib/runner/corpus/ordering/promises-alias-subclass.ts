// Promises made through an alias of Promise, Reflect.construct, a member access or a subclass print
// their state as Node does (MyP [Promise] { 'sub' }), not <pending>.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const P = Promise;
const a = new P((r) => r(1));
const b = Reflect.construct(Promise, [(r, j) => j(new Error('no'))]);
b.catch(() => {});
class MyP extends Promise {}
const c = new MyP((r) => r('sub'));
const d = MyP.resolve(5);
const e = new MyP(() => {});
const { Promise: Q } = globalThis;
const f = new Q((r) => r('destructured'));
const g = new globalThis.Promise((r) => r('member'));
console.log(a, c, d, e, f, g);
console.log(b instanceof Promise, Object.keys(b));
const h = c.then((v) => v + '!');
console.log(h);
await null;
console.log(h, a.then(() => 2));
class Q2 extends Promise { constructor(ex) { super(ex); this.extra = 1; } }
console.log(new Q2((r) => r(2)));
class Doubling extends Promise {
  constructor(fn) { super((res, rej) => fn((v) => res(v * 2), rej)); }
}
console.log(new Doubling((r) => r(21)), Reflect.construct(Promise, [(r) => r('nt')], MyP));
const thrown = new MyP(() => { throw new Error('in executor'); });
thrown.catch(() => {});
console.log(thrown instanceof MyP, Object.prototype.toString.call(thrown));
const all = MyP.all([1, MyP.resolve(2), Promise.resolve(3)]);
await all;
console.log(all, await MyP.allSettled([MyP.reject(4)]));
class Plain { constructor(x) { this.x = x; } }
const Alias = Plain;
console.log(new Alias(1), new Map([[1, 2]]), Reflect.construct(Plain, [2]), Reflect.construct(Date, [0]) instanceof Date);
try { Reflect.construct(Promise, []); } catch (e) { console.log(e.constructor.name, e.message); }
try { new P(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { new MyP(5); } catch (e) { console.log(e.constructor.name, e.message); }
