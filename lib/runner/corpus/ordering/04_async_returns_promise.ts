// An async function that returns a promise settles two ticks later than one returning a value.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function returnsValue() {
  return 'value';
}
async function returnsPromise() {
  return Promise.resolve('promise');
}
async function awaitsThenReturns() {
  return await Promise.resolve('awaited');
}
returnsPromise().then((v) => console.log(v));
awaitsThenReturns().then((v) => console.log(v));
returnsValue().then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'))
  .then(() => console.log('t4'));
