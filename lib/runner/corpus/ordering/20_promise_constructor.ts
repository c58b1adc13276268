// The executor runs synchronously; only the first resolve/reject counts; a throw after resolve is
// ignored; then() on an already-settled promise still waits for a microtask.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const p = new Promise<string>((resolve, reject) => {
  console.log('executor');
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
  throw new Error('also ignored');
});
const q = new Promise((_, reject) => {
  throw new Error('thrown in executor');
});
p.then((v) => console.log(`p: ${v}`));
q.catch((e: Error) => console.log(`q: ${e.message}`));
p.finally(() => console.log('p finally')).then((v) => console.log(`after finally: ${v}`));
Promise.reject(new Error('r')).finally(() => console.log('r finally')).catch((e: Error) => console.log(`r caught: ${e.message}`));
console.log('after constructors');
