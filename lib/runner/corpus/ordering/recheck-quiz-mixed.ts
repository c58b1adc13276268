// Spot check (issue 11 re-check): nextTick, microtasks, timers, immediates and an interval interleave as in Node.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const log = (s) => console.log(s);
setTimeout(() => { log('timeout 0'); process.nextTick(() => log('tick in timeout')); Promise.resolve().then(() => log('micro in timeout')); }, 0);
setImmediate(() => { log('immediate'); setImmediate(() => log('nested immediate')); setTimeout(() => log('timeout from immediate'), 0); });
process.nextTick(() => { log('tick 1'); process.nextTick(() => log('tick nested')); });
Promise.resolve().then(() => { log('micro 1'); process.nextTick(() => log('tick from micro')); });
queueMicrotask(() => log('queueMicrotask'));
(async () => { log('async start'); await null; log('after await'); await new Promise((r) => setTimeout(r, 50)); log("after 50ms"); })();
let n = 0;
const iv = setInterval(() => { log('interval ' + ++n); if (n === 2) clearInterval(iv); }, 30);
log('sync end');
