// An uncaught error with a 2 MB message and a 100 KB name: the result must stay bounded and well-formed.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
class Huge extends Error {}
Object.defineProperty(Huge.prototype, 'name', { value: 'N'.repeat(100_000) });
console.log('throwing a huge error');
throw new Huge('m'.repeat(2 * 1024 * 1024));
