// A program may wrap Promise.prototype.then (writable, as in Node); await on native promises never
// calls it, while Promise.all and explicit then calls do.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const original = Promise.prototype.then;
let calls = 0;
Promise.prototype.then = function (...args) { calls++; return original.apply(this, args); };
const d = Object.getOwnPropertyDescriptor(Promise.prototype, 'then');
console.log('writable', d.writable, 'configurable', d.configurable, 'enumerable', d.enumerable);
async function main() {
  await Promise.resolve(1);
  console.log('after await, then calls:', calls);
  await Promise.all([Promise.resolve(2), Promise.resolve(3)]);
  console.log('after Promise.all, then calls:', calls);
  Promise.prototype.then = original;
}
main().then(() => console.log('restored, total', calls));
