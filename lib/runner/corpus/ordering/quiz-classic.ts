// The classic event-loop quiz, as an ES module: main-module promise jobs run before nextTick. Node runs
// setTimeout(…, 0) and setImmediate from the main module in either order; usually (the main module
// takes over 1 ms after scheduling them, as here) the timer first. Taskline picks that order and warns.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => console.log('6: setTimeout'), 0);
setImmediate(() => console.log('7: setImmediate'));
console.log('1: script start');
Promise.resolve().then(() => console.log('3: promise'));
process.nextTick(() => console.log('5: nextTick'));
queueMicrotask(() => console.log('4: queueMicrotask'));
console.log('2: script end');
