// Timers due at the same instant all run before the check phase; each drains its ticks and promises first.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
for (const name of ['x', 'y', 'z']) {
  setTimeout(() => {
    console.log('timer', name);
    setImmediate(() => console.log('immediate', name));
    process.nextTick(() => console.log('tick', name));
    Promise.resolve().then(() => console.log('promise', name));
  }, 10);
}
