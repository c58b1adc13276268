// The classic vm escape: reach Function through `this` and ask it for the host's process (binding is the host's way in).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const p = this.constructor.constructor("return process.binding")();
console.log(typeof p);
