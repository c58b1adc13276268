// Ported from test262 language/expressions/await/await-monkey-patched-promise.js: awaiting a native
// promise whose own `then` was replaced never calls that `then`, and takes a single tick.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let thenCalls = 0;
const patched = Promise.resolve(42);
patched.then = function (...args) {
  thenCalls++;
  return Promise.prototype.then.apply(this, args);
};
const log = [];
async function trigger() { log.push('await ' + (await patched)); }
trigger().then(() => {
  console.log(log.join(' | '));
  console.log('patched then called', thenCalls, 'times');
});
new Promise((resolve) => { log.push('promise 1'); resolve(); }).then(() => log.push('promise 2'));
