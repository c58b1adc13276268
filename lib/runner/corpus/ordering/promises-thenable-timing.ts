// A promise resolved with a thenable (not a promise) settles when the thenable calls back, in the
// job that calls its `then`, or later: Node shows `<pending>` until then, and the value after.
// Also: a then handler returning a thenable, Promise.resolve(thenable), a thenable calling back
// twice or throwing after calling back, one resolving with another thenable, and how V8's
// resolving functions print.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const s = {
  sync: new Promise((res) => res({ then(f) { f('sync'); } })),
  timer: new Promise((res) => res({ then(f) { setTimeout(f, 200, 'timer'); } })),
  rejects: new Promise((res) => res({ then(_, r) { r('no'); } })),
  returned: Promise.resolve(1).then(() => ({ then(f) { f('returned'); } })),
  staticResolve: Promise.resolve({ then(f) { f('static'); } }),
  twice: new Promise((res) => res({ then(f) { f('first'); f('second'); } })),
  throwsAfter: new Promise((res) => res({ then(f) { f('kept'); throw new Error('ignored'); } })),
  nested: new Promise((res) => res({ then(f) { f({ then(g) { g('inner'); } }); } })),
  toPromise: new Promise((res) => res({ then(f) { f(Promise.resolve('via promise')); } })),
};
s.rejects.catch(() => {});
const show = (tag) => console.log(tag, Object.values(s));
show('sync');
let n = 0;
const tick = () => { show('micro ' + ++n); if (n < 5) queueMicrotask(tick); };
queueMicrotask(tick);
setTimeout(() => show('after 400 ms'), 400);
new Promise((res, rej) => console.log(String(res), res.name, res.length, String(rej)));
new Promise((res) => res({ then(f, r) { console.log(String(f), f.name, f.length, String(r)); f(0); } }));
console.log(String(Promise.withResolvers().resolve));
