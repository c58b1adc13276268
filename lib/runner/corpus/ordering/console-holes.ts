// Runs of holes in sparse arrays count as one entry against the 100-entry limit.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const a = [];
a[5] = 'x';
a[200] = 'y';
console.log(a);
const b = [];
for (let i = 0; i < 300; i += 2) b[i] = i;
console.log(b);
const c = new Array(5);
console.log(c, [, 1, , 2, , ]);
const d = [];
for (let i = 0; i < 500; i += 3) d[i] = i;
console.log(d.length, d);
const e = [1, 2, 3];
e.length = 10;
console.log(e);
