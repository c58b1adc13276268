// process.exit(3) ends the program at once with exit code 3: later timers, immediates and ticks never run.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log('start');
setTimeout(() => console.log('never: timer'), 10);
setImmediate(() => {
  console.log('immediate runs, then exits');
  process.nextTick(() => console.log('never: tick'));
  process.exit(3);
  console.log('never: after exit');
});
