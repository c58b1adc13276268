// What an async function returns decides when its promise settles: a value at once, a promise or
// a thenable two ticks later; a default parameter error rejects as fast as a returned value.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function value() { return 'value'; }
async function promise() { return Promise.resolve('promise'); }
async function thenable() { return { then(r) { r('thenable'); } }; }
async function badDefault(x = null.y) { return x; }
async function thrown() { throw new Error('thrown'); }
for (const f of [thenable, promise, value]) f().then((v) => console.log(v));
badDefault().catch(() => console.log('bad default'));
thrown().catch((e) => console.log(e.message));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
