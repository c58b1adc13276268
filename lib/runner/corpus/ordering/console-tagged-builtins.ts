// Promise, Proxy and the Map/Set iterator methods behave as Node's even though console tags what they make.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log(Promise, Proxy, Promise.name, Promise.length, typeof Proxy.revocable, Proxy.revocable.name);
console.log(Object.getOwnPropertyNames(Promise).sort().join(), 'prototype' in Proxy);
const p = new Promise((r) => r(1));
console.log(p instanceof Promise, Object.getPrototypeOf(p) === Promise.prototype, Promise.resolve(p) === p);
class P2 extends Promise {}
console.log(P2.resolve(3), new P2(() => {}) instanceof Promise);
try { Promise(() => {}); } catch (e) { console.log(e.message); }
try { new Proxy(1, {}); } catch (e) { console.log(e.message); }
try { Proxy({}, {}); } catch (e) { console.log(e.message); }
try { new Promise(5); } catch (e) { console.log(e.message); }
const r = Proxy.revocable({}, {}); console.log(Object.keys(r), r.revoke.length, r.revoke.name === '');
new Promise((res, rej) => console.log(res.length, rej.length, res.name === '', rej.name === ''));
console.log(Map.prototype.entries === Map.prototype[Symbol.iterator], Map.prototype.entries.name, Set.prototype.keys === Set.prototype.values, Set.prototype.values.name);
console.log(Object.getPrototypeOf(new Map().entries()).next.name, Object.getPrototypeOf(new Map().entries()).next.length);
console.log([...new Map([[1, 2]])], [...new Set([3])], Array.from(new Map([[1, 2]]).values()));
