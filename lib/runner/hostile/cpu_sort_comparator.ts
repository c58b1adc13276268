// A sort comparator that never returns.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('sorting');
[3, 1, 2].sort(() => { while (true) {} });
