// lastIndexOf over 2**40 array-like holes: a built-in loop that never checks isolated-vm's timeout.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('searching');
Array.prototype.lastIndexOf.call({ length: 2 ** 40 }, 1);
console.log('never');
