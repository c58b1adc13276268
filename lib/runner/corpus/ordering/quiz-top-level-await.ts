// After a top-level await the rest of the module runs as a promise job: its ticks wait for the promise queue.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
await new Promise((r) => setTimeout(r, 5));
process.nextTick(() => console.log('tick after await'));
Promise.resolve().then(() => console.log('promise after await'));
setImmediate(() => console.log('immediate after await'));
setTimeout(() => console.log('timeout after await'), 0);
console.log('module resumed');
await null;
console.log('module resumed again');
