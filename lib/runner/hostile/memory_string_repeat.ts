// Memory bomb: ever more 2–8 MB strings made by String.prototype.repeat.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
// (repeat alone builds a cheap rope; toLowerCase makes each result a flat copy that really takes its memory)
console.log('repeating');
const keep = [];
for (let i = 0; ; i++) keep.push(`r${i}`.repeat(1 << 20).toLowerCase());
