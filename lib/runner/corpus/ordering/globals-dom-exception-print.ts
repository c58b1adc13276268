// DOMException prints as Node's: `DOMException [AbortError]: x`, stack header `<name>: <message>`, the
// options bag, codes and getters; AbortSignal reasons and structuredClone's DataCloneError too.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
Error.stackTraceLimit = 0;
console.log(new DOMException('x', 'AbortError'));
console.log(new DOMException('boom'));
console.log(new DOMException());
console.log([new DOMException('in array', 'NotFoundError')], { e: new DOMException('nested', 'DataCloneError') });
try { structuredClone(() => {}); } catch (err) { console.log(err); }
const c = new AbortController(); c.abort(); console.log(c.signal.reason);
class My extends DOMException { constructor() { super('sub', 'NotFoundError'); } }
console.log(new My());
const e = new DOMException('m', 'AbortError'); e.extra = 1; console.log(e);
const s = AbortSignal.timeout(10);
setTimeout(() => { console.log(s.reason); console.log(String(s.reason.stack)); }, 20);
const d = new DOMException('m', { name: 'SyntaxError', cause: 'why' });
console.log(d.name, d.code, d.cause, Object.keys(d), d instanceof Error, Object.prototype.toString.call(d));
console.log(DOMException.ABORT_ERR, d.DATA_CLONE_ERR, DOMException.name, DOMException.length, typeof DOMException.prototype.constructor);
try { DOMException.prototype.name; } catch (e) { console.log(e.name, e.code, e.message); }
try { DOMException('x'); } catch (e) { console.log(e instanceof TypeError); }
const cl = structuredClone(new DOMException('cl', 'AbortError'));
console.log(cl instanceof DOMException, cl.name, cl.message, cl);
console.log(Object.getOwnPropertyNames(DOMException.prototype).length, Object.getOwnPropertyNames(DOMException).length);
const nf = new DOMException('x', 'NotFoundError');
console.log(String(nf), nf.toString === Error.prototype.toString, JSON.stringify(nf));
console.log(new DOMException('s', 'AbortError').stack.split('\n')[0], new DOMException('e').stack, new DOMException().stack);
