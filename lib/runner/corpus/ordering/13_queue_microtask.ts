// queueMicrotask and promise reactions share one FIFO queue; nested microtasks go to its end.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
queueMicrotask(() => {
  console.log('q1');
  queueMicrotask(() => console.log('q1 nested'));
  Promise.resolve().then(() => console.log('q1 promise'));
});
Promise.resolve().then(() => {
  console.log('p1');
  queueMicrotask(() => console.log('p1 nested'));
});
queueMicrotask(() => console.log('q2'));
setTimeout(() => {
  queueMicrotask(() => console.log('from timer'));
  console.log('timer');
}, 0);
let depth = 0;
const again = () => {
  depth++;
  if (depth < 5) queueMicrotask(again);
  else console.log(`depth ${depth}`);
};
queueMicrotask(again);
console.log('sync');
