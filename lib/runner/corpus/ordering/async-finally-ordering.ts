// finally adds ticks: a fulfilled chain through finally resolves later than plain then, and a
// finally callback returning a promise delays the chain until it settles.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
Promise.resolve('a').finally(() => console.log('finally a')).then((v) => console.log('after finally', v));
Promise.resolve('b').then((v) => console.log('then', v)).then(() => console.log('then b2')).then(() => console.log('then b3'))
  .then(() => console.log('then b4')).then(() => console.log('then b5'));
Promise.reject(new Error('c')).finally(() => Promise.resolve().then(() => console.log('inner of finally c')))
  .catch((e) => console.log('caught', e.message));
Promise.resolve('d').finally(() => { throw new Error('finally threw'); }).catch((e) => console.log('replaced by', e.message));
(async () => {
  try { await Promise.reject(new Error('e')); } finally { console.log('async finally e'); }
})().catch((e) => console.log('async caught', e.message));
