// Memory bomb: a Map grown to millions of small entries. V8 aborts the whole worker process when
// the table's rehash allocation fails (CALL_AND_RETRY_LAST) before isolated-vm's limit acts.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('growing a map');
const m = new Map();
for (let i = 0; ; i++) m.set(i, i);
