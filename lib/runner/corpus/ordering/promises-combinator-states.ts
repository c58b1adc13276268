// What Promise.all, allSettled, race and any return prints as Node shows it, each microtask: settled
// exactly when V8 settles it (the last element, the first rejection, the first to settle),
// empty lists settled at once, and Promise.any's AggregateError when every element rejected.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const later = (v, ms, bad = false) => new Promise((res, rej) => setTimeout(bad ? rej : res, ms, v));
const s = {
  allEmpty: Promise.all([]),
  settledEmpty: Promise.allSettled([]),
  raceEmpty: Promise.race([]),
  anyEmpty: Promise.any([]),
  all: Promise.all([1, Promise.resolve(2)]),
  allWaits: Promise.all([1, later(2, 400)]),
  allRejects: Promise.all([later(1, 400), later('x', 200, true)]),
  allSettled: Promise.allSettled([1, Promise.reject(2), later(3, 400)]),
  race: Promise.race([later(1, 400), later(2, 200)]),
  raceValue: Promise.race([later(1, 400), 'now']),
  raceRejects: Promise.race([later(1, 400), later('r', 200, true)]),
  any: Promise.any([Promise.reject(1), later(2, 200)]),
  anyRejects: Promise.any([Promise.reject(1), Promise.reject(2)]),
  thenables: Promise.all([{ then(f) { f(8); } }, 9]),
  nested: Promise.all([Promise.all([1]), Promise.race([2])]),
};
for (const p of Object.values(s)) p.catch(() => {});
const show = (tag) => { console.log('--', tag); console.log(s); };
show('sync');
let n = 0;
const tick = () => { show('micro ' + ++n); if (n < 4) queueMicrotask(tick); };
queueMicrotask(tick);
setTimeout(() => show('after 300 ms'), 300);
setTimeout(() => show('after 600 ms'), 600);
