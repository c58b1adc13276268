// A rejection handled later in the same macrotask (a few microtasks on) is not unhandled.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const p = Promise.reject(new Error('late but handled'));
Promise.resolve()
  .then(() => console.log('first hop'))
  .then(() => {
    console.log('second hop, attaching handler');
    p.catch((e: Error) => console.log(`caught: ${e.message}`));
  });
async function rejectsSoon() {
  await null;
  throw new Error('from async');
}
const q = rejectsSoon();
queueMicrotask(() => {
  queueMicrotask(() => {
    q.catch((e: Error) => console.log(`caught: ${e.message}`));
  });
});
setTimeout(() => {
  const r = Promise.reject(new Error('in timer'));
  Promise.resolve().then(() => r.catch((e: Error) => console.log(`caught: ${e.message}`)));
}, 10);
console.log('sync');
