// console.dir with { depth: null } prints every level; a number depth cuts at that level.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const deep = { a: { b: { c: { d: { e: { f: [1, [2, [3, [4]]]] } } } } } };
console.dir(deep, { depth: null });
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 3 });
console.dir(deep);
console.dir([[[[['five']]]]], { depth: Infinity });
console.dir('a string', { depth: null });
const m = new Map([['k', { x: { y: { z: { w: 1 } } } }]]);
console.dir(m, { depth: null });
console.log(deep);
const custom = { v: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
console.log(custom);
console.dir(custom);
console.dir(custom, { customInspect: true });
console.dir([1, [2, [3, [4, [5]]]]], { depth: 1, breakLength: 20 });
console.dir(new Array(150).fill(7), { maxArrayLength: 3 });
console.dir(['x'.repeat(30)], { maxStringLength: 5 });
