// Ported from test262 language/expressions/await/await-non-promise-thenable.js: a thenable's `then`
// is called on every await, in a job of its own, so two ticks pass before the await resumes.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let calls = 0;
const thenable = { then(fulfill) { calls++; fulfill(calls); } };
const log = [];
async function trigger() {
  log.push('await ' + (await thenable));
  log.push('await ' + (await thenable));
}
trigger().then(() => console.log(log.join(' | ')));
new Promise((resolve) => resolve())
  .then(() => log.push('promise 1'))
  .then(() => log.push('promise 2'))
  .then(() => log.push('promise 3'))
  .then(() => log.push('promise 4'));
