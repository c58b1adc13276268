// What the timers return and the timers themselves look as in Node: the Timeout and Immediate
// classes (name, length, a hash of each method's source text, own keys and attributes, no statics
// of the scheduler's), and util.promisify's hook on setTimeout and setImmediate (console.log shows it).
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
import { setTimeout as sleep, setImmediate as immediate } from 'node:timers/promises';

function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}
const keys = (o) => Object.getOwnPropertyNames(o).map((k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return k + ':' + ('value' in d ? 'v' : 'a') + (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : '');
}).join(' ');
const t = setTimeout(() => {}, 10);
const i = setImmediate(() => {});
for (const C of [t.constructor, i.constructor]) {
  console.log(C.name, C.length, hash(String(C)), keys(C), '|', keys(C.prototype));
  for (const k of Object.getOwnPropertyNames(C.prototype)) {
    const f = C.prototype[k];
    if (k !== 'constructor') console.log(' ', k, JSON.stringify(f.name), f.length, hash(String(f)), String(f).split('\n')[0]);
  }
}
clearTimeout(t);
clearImmediate(i);
console.log(setTimeout, setImmediate, [setInterval, clearTimeout]);
const hook = Symbol.for('nodejs.util.promisify.custom');
const d = Object.getOwnPropertyDescriptor(setTimeout, hook);
console.log(typeof d.get, d.enumerable, d.configurable, setTimeout[hook] === sleep, setImmediate[hook] === immediate);
console.log(await setTimeout[hook](5, 'slept'));
