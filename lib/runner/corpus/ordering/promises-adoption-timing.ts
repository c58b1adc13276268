// A promise resolved with another promise adopts it through a `then` job of its own: Node shows it
// `<pending>` until that job's handler runs, two microtasks after the adopted promise settles.
// Printed each microtask: resolve(promise), a then handler returning a promise, finally,
// withResolvers, an async function's promise, and a rejection adopted.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const later = (v, ms) => new Promise((res) => setTimeout(res, ms, v));
const pending = later('late', 400);
const s = {
  adoptSettled: new Promise((res) => res(Promise.resolve(1))),
  adoptPending: new Promise((res) => res(pending)),
  handlerReturns: Promise.resolve().then(() => Promise.resolve(3)),
  finallyDone: Promise.resolve(4).finally(() => {}),
  finallyWaits: Promise.resolve(5).finally(() => later('ignored', 200)),
  adoptTask: new Promise((res) => res((async () => 6)())),
  adoptRejected: new Promise((res) => res(Promise.reject('seven'))),
  staticResolve: Promise.resolve(Promise.resolve(8)),
};
const w = Promise.withResolvers();
w.resolve(Promise.resolve(9));
s.withResolvers = w.promise;
s.adoptRejected.catch(() => {});
s.chained = s.adoptSettled.then((v) => v * 10);
const show = (tag) => console.log(tag, Object.values(s));
show('sync');
let n = 0;
const tick = () => { show('micro ' + ++n); if (n < 6) queueMicrotask(tick); };
queueMicrotask(tick);
setTimeout(() => show('after 300 ms'), 300);
setTimeout(() => show('after 600 ms'), 600);
pending.then(() => { show('pending settled'); queueMicrotask(() => { show('+1'); queueMicrotask(() => show('+2')); }); });
