// Two promise chains interleave one link per microtask; synchronous code runs first.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const log = (s: string) => console.log(s);
Promise.resolve()
  .then(() => log('a1'))
  .then(() => log('a2'))
  .then(() => log('a3'));
Promise.resolve()
  .then(() => log('b1'))
  .then(() => log('b2'))
  .then(() => log('b3'));
const c = Promise.resolve(7);
c.then((v: number) => log(`c1 ${v}`));
c.then((v: number) => log(`c2 ${v * 2}`));
log('sync');
