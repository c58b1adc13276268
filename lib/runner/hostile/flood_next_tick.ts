// process.nextTick re-queued forever: the tick queue never drains, as in Node; the CPU limit ends it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('ticking');
function again() { process.nextTick(again); }
again();
setTimeout(() => console.log('never'), 1);
