// then/catch on a promise that is already settled: the derived promise settles in a microtask of
// its own, so console.log shows it pending until then, also when the handler for that outcome is
// missing (`.then(f)` on a rejected promise, `.catch(h)` on a fulfilled one). Printed tick by tick.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const rejected = Promise.reject('boom');
rejected.catch(() => {});
const fulfilled = Promise.resolve(1);
const made = new Promise((_, reject) => reject('made'));
made.catch(() => {});
const obj = { plain: true };
const withObject = Promise.resolve(obj);
const p = {
  thenOnRejected: rejected.then((v) => v),
  bareThenOnRejected: rejected.then(),
  thenOnMade: made.then(() => 'no'),
  catchOnFulfilled: fulfilled.catch(() => 0),
  bareThenOnFulfilled: fulfilled.then(),
  rejectOnlyOnFulfilled: fulfilled.then(undefined, () => 'h'),
  catchOnObject: withObject.catch(() => 0),
  catchOnRejected: rejected.catch((e) => 'caught ' + e),
  handledTwice: rejected.then(null, (e) => 'h ' + e),
};
for (const k of ['thenOnRejected', 'bareThenOnRejected', 'thenOnMade']) p[k].catch(() => {});
let tick = 0;
const show = () => {
  console.log('tick', tick, p);
  if (++tick < 4) queueMicrotask(show);
};
show();
p.catchOnObject.then((v) => console.log('same object', v === obj));
