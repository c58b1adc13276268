// PromiseResolve observability (test262 await / Promise.resolve): await reads a promise's
// `constructor` once, and a promise whose constructor is not Promise is adopted through its then.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let ctorReads = 0;
const p = Promise.resolve('value');
Object.defineProperty(p, 'constructor', { get() { ctorReads++; return Promise; } });
async function viaAwait() { return await p; }
viaAwait().then((v) => console.log('await gave', v, 'after', ctorReads, 'constructor read(s)'));
const foreign = Promise.resolve('foreign');
foreign.constructor = function NotPromise() {};
let foreignThen = 0;
foreign.then = function (...args) { foreignThen++; return Promise.prototype.then.apply(this, args); };
(async () => { console.log('foreign gave', await foreign, 'then calls', foreignThen); })();
console.log('Promise.resolve(p) === p:', Promise.resolve(p) === p, 'reads now', ctorReads);
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
