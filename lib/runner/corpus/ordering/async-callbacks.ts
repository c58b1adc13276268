// Async callbacks: map starts every call before any await resumes, forEach does not wait, and the
// callbacks have no names of their own.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const log = [];
const doubled = [1, 2, 3].map(async (x) => { log.push('start ' + x); await null; log.push('end ' + x); return x * 2; });
log.push('mapped');
[4, 5].forEach(async (x) => { await null; log.push('forEach ' + x); });
log.push('forEach returned');
Promise.all(doubled).then((values) => {
  console.log(log.join(' | '));
  console.log(values.join(','));
});
const callbacks = [async () => {}, async function () {}];
console.log(callbacks.map((f) => JSON.stringify(f.name) + ' ' + f.length).join(' '));
console.log(typeof [].map.call([1], async (v) => v)[0].then);
