// setImmediate/nextTick/timer callbacks look for the scheduler: a sloppy callback's caller, this, arguments and stack reveal nothing.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
globalThis.seen = [];
// A Function-constructor function is sloppy: its .caller would expose a sloppy caller (the scheduler's are strict: null).
const probe = Function('seen.push(String(probe.caller) + "/" + typeof this + "/" + arguments.length)');
globalThis.probe = probe;
setImmediate(probe, 'a');
process.nextTick(probe);
setTimeout(probe, 1);
queueMicrotask(probe);
setImmediate(function () {
  console.log(this.constructor.name, Object.keys(this).join(), arguments.length);
  console.log(/\/work\/|\/home\/|node:internal|file:\/\//.test(new Error('x').stack) ? 'leaks a host path' : 'no host path');
});
const imm = setImmediate(() => console.log('never'));
for (const k of ['_onImmediate', '_idleNext', '_destroyed']) imm[k] = () => 'hijacked';
clearImmediate(imm);
setImmediate.call(null, () => console.log('call with null this'));
try { setImmediate(Symbol('s')); } catch (e) { console.log(e.code); }
setTimeout(() => console.log(seen.join(' | ')), 5);
