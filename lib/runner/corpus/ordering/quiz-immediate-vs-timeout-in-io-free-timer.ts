// Scheduled from a timer callback, setImmediate always runs before a new setTimeout(…, 0).
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
}, 2);
