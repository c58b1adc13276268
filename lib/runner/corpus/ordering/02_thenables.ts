// Resolving with a thenable costs extra microtask hops; a synchronous then() still waits a tick.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const thenable = {
  then(resolve: (v: string) => void) {
    console.log('then() called');
    resolve('thenable value');
  },
};
Promise.resolve(thenable).then((v: string) => console.log(v));
new Promise((resolve) => resolve(thenable)).then((v) => console.log(`ctor ${v}`));
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'))
  .then(() => console.log('p4'));
console.log('sync end');
