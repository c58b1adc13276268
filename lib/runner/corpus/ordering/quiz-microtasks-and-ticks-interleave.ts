// Ticks queued by promise jobs wait for the whole promise queue; promises queued by ticks wait for all ticks.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => {
  for (const n of [1, 2]) {
    Promise.resolve().then(() => {
      console.log('p' + n);
      process.nextTick(() => {
        console.log('t' + n);
        Promise.resolve().then(() => console.log('p' + n + ' from t' + n));
      });
    });
  }
  process.nextTick(() => console.log('t0'));
}, 1);
