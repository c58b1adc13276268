// Promise subclasses whose base is only known when they run (an alias, globalThis.Promise, a mixin),
// next to ordinary classes that extend an alias of another class, and Reflect.construct reached
// without writing `Reflect.construct(`: each promise prints the state Node prints.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Animal { constructor(name, ...rest) { this.name = name; this.rest = rest; } }
const A = Animal;
class Dog extends A { constructor(n) { const f = () => super(n, 1, 2); f(); } }
class Cat extends A {}
const fnArg = () => 1;
class Keep extends A {}
console.log(new Dog('d'), new Cat('c', 3), new Keep(fnArg).name === fnArg);
const P = Promise;
class Base extends P { constructor(ex) { super(ex); this.tag = 'base'; } }
class Derived extends Base {}
class Derived2 extends Base { constructor(ex) { super(ex); } }
const mixin = (B) => class extends B { hello() { return 'hi'; } };
class Mixed extends mixin(Promise) {}
const d = new Derived((r) => r('d'));
const d2 = new Derived2((r, j) => j(new Error('no')));
d2.catch(() => {});
const m = new Mixed((r) => r('m'));
console.log(d, d2.constructor.name, m, m.hello(), d instanceof Base);
const Anon = class extends P {};
const an = new Anon((r) => r(5));
console.log(an, Anon.name, String(Anon), Object.getOwnPropertyNames(Anon), Object.getOwnPropertyNames(Derived));
const exec = (res) => res(9);
class Spy extends P { constructor(ex) { console.log('same executor', ex === exec, ex.length); super(ex); } }
const sp = new Spy(exec);
console.log(sp);
const { construct } = Reflect;
console.log(construct(Promise, [(r) => r('destructured')]), Reflect['construct'](P, [(r) => r('computed')], Derived));
try { construct(P, [1]); } catch (e) { console.log(e.message); }
try { Reflect.construct(P, [() => {}], undefined); } catch (e) { console.log(e.message); }
try { new (class extends P {})(); } catch (e) { console.log(e.message); }
class NullBase extends null { constructor() { return Object.create(NullBase.prototype); } }
console.log(Object.getPrototypeOf(new NullBase()) === NullBase.prototype);
(async () => {
  console.log(await d, await m, await Derived.all([d, m]), await Promise.all([an, sp]));
  const p2 = d.then((v) => v + '!');
  console.log(p2 instanceof Derived, p2);
  await p2;
  console.log(p2, Derived.resolve(3), Mixed.reject(4).catch(() => {}));
})();
