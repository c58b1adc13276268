// Microtasks always run before the next timer, and drain completely after each timer callback.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => {
  console.log('timer A');
  Promise.resolve().then(() => console.log('micro after A'));
  queueMicrotask(() => console.log('queued after A'));
}, 10);
setTimeout(() => {
  console.log('timer B');
  Promise.resolve().then(() => console.log('micro after B'));
}, 10);
setTimeout(() => console.log('timer C'), 0);
Promise.resolve().then(() => console.log('micro 1'));
queueMicrotask(() => console.log('micro 2'));
console.log('sync');
