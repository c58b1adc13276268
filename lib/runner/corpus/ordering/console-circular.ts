// Circular references print as [Circular *n] with a <ref *n> marker on the target.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { list: [] };
b.list.push(b, { back: b });
console.log(b);
const x = { };
const y = { x };
x.y = y;
console.log([x, y]);
const m = new Map();
m.set('me', m);
console.log(m);
const s = new Set();
s.add(s);
console.log(s);
const arr = [1];
arr.push(arr);
console.log(arr);
