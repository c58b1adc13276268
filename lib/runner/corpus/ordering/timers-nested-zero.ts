// Inside a timer the order is deterministic: immediates and ticks set in a timer run before the next timers.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => {
  console.log('timer 1');
  setTimeout(() => console.log('nested timeout 5'), 5);
  setImmediate(() => {
    console.log('immediate from timer');
    setImmediate(() => console.log('immediate from immediate'));
    process.nextTick(() => console.log('tick from immediate'));
  });
  process.nextTick(() => console.log('tick from timer'));
}, 5);
setTimeout(() => console.log('timer 2, same due time'), 5);
