// Promises print their state: Promise { value }, Promise { <pending> }, Promise { <rejected> … }.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const pending = new Promise(() => {});
const fulfilled = Promise.resolve(42);
const rejected = Promise.reject('nope');
rejected.catch(() => {});
console.log(pending, fulfilled, rejected);
console.log({ p: Promise.resolve({ deep: { value: [1, 2] } }) });
console.log([Promise.resolve(undefined), Promise.resolve(null)]);
let resolve;
const later = new Promise((r) => { resolve = r; });
console.log(later);
resolve('done');
console.log(later);
const chained = fulfilled.then((v) => v + 1);
console.log(chained);
async function f() { return 'async result'; }
const fp = f();
setTimeout(() => {
  console.log(chained, fp);
  console.log(Promise.resolve(Promise.resolve(7)));
}, 0);
class MyPromise extends Promise {}
console.log(MyPromise.resolve(1));
