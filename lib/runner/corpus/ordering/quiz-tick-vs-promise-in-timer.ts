// Inside a macrotask the nextTick queue drains first, then promise jobs, then the ticks those queued.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => {
  Promise.resolve().then(() => {
    console.log('promise 1');
    process.nextTick(() => console.log('tick queued by promise 1'));
  }).then(() => console.log('promise 2'));
  process.nextTick(() => {
    console.log('tick 1');
    Promise.resolve().then(() => console.log('promise queued by tick 1'));
    process.nextTick(() => console.log('tick queued by tick 1'));
  });
  process.nextTick(() => console.log('tick 2'));
  console.log('timer body');
}, 1);
