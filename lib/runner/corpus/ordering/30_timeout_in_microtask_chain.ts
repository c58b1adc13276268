// Timers scheduled at different microtask depths of the same macrotask are still ties in creation order.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
Promise.resolve()
  .then(() => setTimeout(() => console.log('T from hop 1'), 10))
  .then(() => setTimeout(() => console.log('T from hop 2'), 10));
setTimeout(() => console.log('T sync'), 10);
queueMicrotask(() => setTimeout(() => console.log('T from queueMicrotask'), 10));
(async () => {
  await null;
  await null;
  setTimeout(() => console.log('T from async after 2 awaits'), 10);
})();
