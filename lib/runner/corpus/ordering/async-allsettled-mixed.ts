// Promise.allSettled over async calls that fail in every way: parameters, body, after an await, timers.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const sleep = (ms, v) => new Promise((r) => setTimeout(r, ms, v));
async function params({ id }) { return id; }
async function body() { return JSON.parse('{'); }
async function later() { await sleep(10); throw new RangeError('too late'); }
async function ok(v = 'fine') { await sleep(5); return v; }
Promise.allSettled([params(undefined), body(), later(), ok(), ok('custom')]).then((results) => {
  for (const r of results) console.log(r.status.padEnd(9), r.status === 'fulfilled' ? r.value : `${r.reason.name}: ${r.reason.message}`);
});
console.log('started');
