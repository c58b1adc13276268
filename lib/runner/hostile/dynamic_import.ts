// Dynamic import() is a compile error naming the line.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('before');
const fs = await import('fs');
console.log(fs);
