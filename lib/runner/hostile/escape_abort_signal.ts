// AbortSignal/EventTarget: no constructor of our own, listener this/target/arguments, and weird timeouts lead nowhere.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
try { new AbortSignal(); } catch (e) { console.log(e.constructor.name, e.message); }
const ac = new AbortController();
ac.signal.addEventListener('abort', function (ev) {
  console.log(this === ac.signal, ev.target === ac.signal, arguments.length, typeof ev.composedPath);
  console.log(ev.constructor.constructor('return typeof process.binding + typeof require')());
});
EventTarget.prototype.dispatchEvent = () => { throw new Error('dispatch hijacked'); };
ac.abort('why');
console.log(ac.signal.aborted, ac.signal.reason);
const s = AbortSignal.any([AbortSignal.abort('first'), ac.signal]);
console.log(s.aborted, s.reason);
try { AbortSignal.prototype.throwIfAborted.call({}); } catch (e) { console.log(e.constructor.name); }
try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call(globalThis); } catch (e) { console.log(e.constructor.name); }
const t = AbortSignal.timeout(5);
t.onabort = () => { console.log('timed out', performance.now(), t.reason.name); throw new Error('listener throws'); };
setTimeout(() => console.log('not reached: the listener error is uncaught, as in Node'), 10);
