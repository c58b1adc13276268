// finally() passes values and rejections through and costs extra microtask hops.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
Promise.resolve('v')
  .finally(() => console.log('finally 1'))
  .then((v) => console.log(`then after finally: ${v}`));
Promise.resolve('w')
  .finally(() => Promise.resolve('ignored'))
  .then((v) => console.log(`value kept: ${v}`));
Promise.resolve('x')
  .finally(() => { throw new Error('finally threw'); })
  .catch((e: Error) => console.log(`caught: ${e.message}`));
Promise.resolve()
  .then(() => console.log('h1'))
  .then(() => console.log('h2'))
  .then(() => console.log('h3'))
  .then(() => console.log('h4'))
  .then(() => console.log('h5'));
