// Promise.prototype.finally observability (test262 built-ins/Promise/prototype/finally): it calls
// this.then once with two functions, uses the species constructor, and keeps the original value.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let thenCalls = 0;
let constructed = 0;
class Counted extends Promise {
  constructor(executor) { constructed++; super(executor); }
  then(onFulfilled, onRejected) {
    thenCalls++;
    console.log('then', thenCalls, typeof onFulfilled, typeof onRejected, onFulfilled && onFulfilled.length);
    return super.then(onFulfilled, onRejected);
  }
}
const p = Counted.resolve(1);
const before = constructed;
p.finally(() => 'ignored').then((v) => console.log('value kept:', v, '| then calls', thenCalls, '| constructed', constructed - before));
Counted.reject(new Error('no')).finally(() => { console.log('finally on rejection'); }).catch((e) => console.log('still rejected:', e.message));
const target = { then(a, b) { console.log('generic finally calls then:', typeof a, typeof b); return 'returned'; } };
console.log(Promise.prototype.finally.call(target, () => {}));
