// An unhandled rejection whose message getter spins: the runner reads it outside the user's steps.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('rejecting');
const e = new Error('x');
Object.defineProperty(e, 'message', { get() { for (;;) {} } });
Promise.reject(e);
