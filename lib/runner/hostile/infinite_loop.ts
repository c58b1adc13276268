// A synchronous infinite loop: only the CPU limit can stop it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('spinning');
while (true) {}
