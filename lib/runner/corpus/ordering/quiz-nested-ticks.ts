// A chain of nextTicks runs to the end before any promise job waiting behind it.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setImmediate(() => {
  Promise.resolve().then(() => console.log('promise'));
  let depth = 0;
  const tick = () => { console.log('tick', depth); if (++depth < 5) process.nextTick(tick); };
  process.nextTick(tick);
});
