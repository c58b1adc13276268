// Re-exporting a Node module is a compile error naming the line.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('before');
export * from 'child_process';
