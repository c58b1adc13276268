// structuredClone of DOMExceptions nested in objects, arrays, Maps and Sets: Node's serializer gives
// DOMExceptions (name, message, code, the original's stack; no extra properties, no cause), shared
// ones stay shared, a subclass comes back as a DOMException.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const e = new DOMException('m', 'AbortError');
e.extra = 1;
const withCause = new DOMException('c', { name: 'DataCloneError', cause: 5 });
const c = structuredClone({ e, withCause, list: [e, new Map([[1, e], [e, 'key']]), new Set([e])] });
console.log(c.e instanceof DOMException, c.e.name, c.e.message, c.e.code, c.e.extra, Object.keys(c.e), c.e.constructor.name);
console.log(c.withCause.name, c.withCause.code, c.withCause.cause, 'cause' in c.withCause);
console.log(c.list[0] === c.e, c.list[1].get(1) === c.e, [...c.list[1].keys()][1] === c.e, [...c.list[2]][0] === c.e);
console.log(Object.getOwnPropertyNames(c.e), c.e.stack === e.stack, Object.prototype.toString.call(c.e));
console.log(c.e instanceof Error, c.e !== e, String(c.e));
class Sub extends DOMException {}
const s = structuredClone({ s: new Sub('q', 'NotFoundError') });
console.log(s.s instanceof Sub, s.s instanceof DOMException, s.s.name, s.s.message);
const top = structuredClone(e);
console.log(top instanceof DOMException, top.extra, Object.getOwnPropertyNames(top), top.stack === e.stack);
const inError = structuredClone(new Error('outer', { cause: e }));
console.log(inError.cause instanceof DOMException, inError.cause.name, inError.message);
try { structuredClone({ f: () => 1, e }); } catch (x) { console.log(x.name, x.message, x instanceof DOMException, x.code); }
