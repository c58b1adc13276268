// Promise.resolve with a custom `then` (test262 built-ins/Promise/resolve): the then is read once,
// called in a later job with fresh resolving functions, and a promise with an own then is re-wrapped.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let reads = 0;
const thenable = {
  get then() {
    reads++;
    return (resolve, reject) => { console.log('then called, args:', typeof resolve, typeof reject); resolve('from thenable'); };
  },
};
const p = Promise.resolve(thenable);
console.log('then read synchronously', reads, 'time(s)');
p.then((v) => console.log('resolved with', v, '| reads', reads));
const native = Promise.resolve('native');
console.log('same native promise back:', Promise.resolve(native) === native);
const ownThen = Promise.resolve('own');
ownThen.then = function (onFulfilled) { console.log('own then used'); return Promise.prototype.then.call(this, onFulfilled); };
console.log('own then still same object:', Promise.resolve(ownThen) === ownThen);
new Promise((resolve) => resolve(ownThen)).then((v) => console.log('ctor resolved with', v));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
