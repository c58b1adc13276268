// Spot check (issue 11 re-check): console formatting of nested, special and proxied values.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const deep = { a: { b: { c: { d: { e: 1 } } } } };
console.log(deep);
console.dir(deep, { depth: null });
const m = new Map([['k', { v: [1, 2, 3] }]]);
console.log(m.entries(), new Set([1, 2]).values());
const p = new Proxy({ secret: 1 }, { get() { throw new Error('trap ran'); } });
console.log(p, [p]);
class ValidationError extends Error {}
Error.stackTraceLimit = 0;
console.log(new ValidationError('bad'), new AggregateError([new Error('x')], 'many'));
console.log([1, , , 4], new Array(3), 'x'.repeat(3), [undefined, null, -0, 0n, Symbol('s')]);
console.log('%s|%d|%i|%f|%j|%o|%O|%%', 'str', 42.5, 42.5, '3.5', { j: 1 }, [1], { O: 1 });
console.log(Promise.resolve(42), Promise.reject(new Error('r')).catch(() => {}) && 'x', new Promise(() => {}));
console.table([{ a: 1, b: 'two' }, { a: 3, c: true }]);
console.log(new Uint8Array([1, 2, 3]), new ArrayBuffer(4), Object.create(null), function named() {}, class K {});
