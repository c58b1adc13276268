// console.dir with depth: null on a 100,000-deep chain overflows the stack while formatting; as
// in Node, printing stops with "Inspection interrupted prematurely" instead of throwing, and the
// console byte limit still cuts the huge output.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const root = {};
let cursor = root;
for (let i = 0; i < 100_000; i++) { cursor.next = {}; cursor = cursor.next; }
console.log('built');
console.dir(root, { depth: null });
console.log('after');
