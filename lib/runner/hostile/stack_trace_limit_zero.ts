// Error.stackTraceLimit = 0 strips every frame from errors; the reported line must still be right or at worst unknown, never a wrong one.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
Error.stackTraceLimit = 0;
console.log('no frames');
throw new TypeError('thrown without a stack');
