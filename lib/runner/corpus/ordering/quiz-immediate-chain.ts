// Each check phase runs only the immediates queued before it; ticks and promises run between immediates.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (next check phase)'));
  process.nextTick(() => console.log('A tick'));
  Promise.resolve().then(() => console.log('A promise'));
});
setImmediate(() => {
  console.log('B');
  setImmediate(() => console.log('D (next check phase)'));
});
console.log('main');
