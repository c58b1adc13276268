// process.exit() from a nextTick ends the run with code 0 before the pending immediate.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setImmediate(() => console.log('never: immediate'));
Promise.resolve().then(() => console.log('promise runs'));
process.nextTick(() => { console.log('tick exits'); process.exit(); });
console.log('main done');
