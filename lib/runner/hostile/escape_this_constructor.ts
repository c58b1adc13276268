// The classic vm escape: reach Function through `this` and ask it for the host's process.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const p = this.constructor.constructor("return process")();
console.log(typeof p);
