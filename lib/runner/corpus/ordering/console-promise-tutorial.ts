// The classic promise demo: a promise printed before and after it settles, by timers, then and await.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const fetchUser = (id) => new Promise((resolve, reject) => {
  setTimeout(() => (id > 0 ? resolve({ id, name: 'user' + id }) : reject(new RangeError('bad id'))), 40 * Math.abs(id));
});
Error.stackTraceLimit = 0;
const ok = fetchUser(1);
const bad = fetchUser(-2);
bad.catch(() => {});
const derived = ok.then((u) => u.name.toUpperCase());
console.log('start', ok, bad, derived);
setTimeout(() => console.log('at 60ms', ok, bad, derived), 60);
setTimeout(() => console.log('at 120ms', ok, bad, derived), 120);
(async () => {
  const u = await fetchUser(3);
  console.log('awaited', u);
  const { resolve, promise } = Promise.withResolvers();
  console.log(promise);
  resolve([1, 2]);
  console.log(promise, Promise.reject(new Error('r')).catch((e) => e.message));
})();
{
  const Promise = function NotAPromise(x) { this.x = typeof x; };
  console.log(new Promise(() => {}));
}
try {
  const Promise = 5;
  new Promise(() => {});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const all = Promise.all([fetchUser(1), 2]);
const race = Promise.race([fetchUser(2), 'fast']);
console.log('combinators', all, race);
(async () => {
  await all;
  await race;
  console.log('combinators awaited', all, race);
})();
