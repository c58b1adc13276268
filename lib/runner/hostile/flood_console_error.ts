// Output flood on stderr: a million console.error lines.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
for (let i = 0; i < 1e6; i++) console.error(`error line ${i}`);
