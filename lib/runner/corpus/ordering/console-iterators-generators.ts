// Array/string iterators, generator objects and other iterator-like objects.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
function* g() { yield 1; }
console.log(g());
console.log([1, 2][Symbol.iterator]());
console.log('ab'[Symbol.iterator]());
console.log([1, 2].entries());
async function* ag() {}
console.log(ag());
console.log(Object.entries({ a: 1 }));
console.log(new Map([[1, 2]]).entries().next());
