// Keys: identifiers bare, others quoted; symbol keys; non-enumerable keys hidden.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const sym = Symbol('tag');
const o = { plain: 1, 'with space': 2, 'quote\'s': 3, 42: 'num', [sym]: 'symbol value', [Symbol()]: 'anon' };
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
console.log(o);
console.log({ 'a-b': 1, $dollar: 2, _under: 3, '': 4, 'ünï': 5 });
console.log(Symbol.iterator, Symbol('desc'), Symbol());
console.log([Symbol.for('registered')]);
console.log('%o', o);
