// setImmediate re-queued from its own callback forever: each is one macrotask, so the macrotask limit ends it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('spinning');
function again() { setImmediate(again); }
again();
