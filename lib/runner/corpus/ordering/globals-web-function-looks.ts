// The web-platform classes print as Node's own: each class's, static method's and prototype member's
// name, length and source text (a hash of it, to keep the recording small), their own keys in Node's
// order with Node's attributes, and how console.log shows the classes. Source of
// lib/scheduler/node-web-looks.ts: lib/runner/corpus/record-web-looks.ts.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const CLASSES = ['Event', 'EventTarget', 'CustomEvent', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder',
  'URL', 'URLSearchParams', 'DOMException'];
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}
const look = (path, fn) => {
  const text = String(fn);
  console.log(path, JSON.stringify(fn.name), fn.length, text.length, hash(text), text === Function.prototype.toString.call(fn));
};
const keys = (o) => Object.getOwnPropertyNames(o).map((k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return k + ':' + ('value' in d ? 'v' : 'a') + (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : '');
}).join(' ');
for (const name of CLASSES) {
  const C = globalThis[name];
  look(name, C);
  for (const [holder, prefix] of [[C, name + '.'], [C.prototype, name + '.prototype.']]) {
    console.log(prefix + '*', keys(holder));
    for (const key of Object.getOwnPropertyNames(holder)) {
      if (key === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(holder, key);
      if (typeof d.value === 'function') look(prefix + key, d.value);
      if (d.get) look(prefix + key + ' (get)', d.get);
      if (d.set) look(prefix + key + ' (set)', d.set);
    }
  }
}
console.log(Event.length, CustomEvent.length, EventTarget.length, AbortSignal.abort.length, URL.length);
console.log(String(Event).split('\n')[0], '|', String(new EventTarget().addEventListener).split('\n')[0]);
console.log(Event, EventTarget, URL, [AbortController, AbortSignal], { t: TextEncoder, d: TextDecoder, u: URLSearchParams });
console.log(CustomEvent, DOMException);
try { URL.createObjectURL({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { URL.revokeObjectURL(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(URL.revokeObjectURL('blob:nodedata:x'));
