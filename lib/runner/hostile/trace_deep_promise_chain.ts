// Trace flood: a promise chain 100,000 links deep, awaited at the end.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let p = Promise.resolve(0);
for (let i = 0; i < 100_000; i++) p = p.then((v) => v + 1);
console.log(`chain end ${await p}`);
