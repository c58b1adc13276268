// Output flood: a million console lines, far past the 256 KiB console limit.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
for (let i = 0; i < 1e6; i++) console.log(`flood line ${i}`);
