// Interleavings of then chains on rejected and fulfilled promises, catch, finally and await of a
// rejected promise: the order of every line is Node's (each pass-through link costs one microtask).
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const log = (s) => console.log(s);
const r = Promise.reject(new Error('r'));
const f = Promise.resolve('f');
r.then(() => log('never')).then(() => log('never 2')).catch((e) => log('r chain caught ' + e.message));
f.catch(() => log('never')).catch(() => log('never')).then((v) => log('f chain got ' + v));
r.catch((e) => log('r catch ' + e.message)).then(() => log('after r catch'));
f.then((v) => log('f then ' + v)).then(() => log('after f then'));
r.finally(() => log('r finally')).catch(() => log('r finally caught'));
f.finally(() => log('f finally')).then((v) => log('f finally passed ' + v));
(async () => {
  try { await r; } catch (e) { log('await r threw ' + e.message); }
  log('after await r');
  try { await r.then((v) => v); } catch (e) { log('await r.then threw ' + e.message); }
  log('await f.catch ' + (await f.catch(() => 'no')));
})();
(async () => { log('second async ' + (await f)); log('second async again ' + (await r.catch(() => 'x'))); })();
let n = 0;
const ticker = () => { log('tick ' + n); if (++n < 10) Promise.resolve().then(ticker); };
ticker();
