// Memory bomb: a Map whose every value is a fresh 64 KB string (a Map grown to millions of small entries
// can instead abort the worker process inside V8 before the isolate limit acts; see the test's note).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('mapping');
const m = new Map();
for (let i = 0; ; i++) m.set(i, `${i}:`.padEnd(64 * 1024, 'm').toUpperCase());
