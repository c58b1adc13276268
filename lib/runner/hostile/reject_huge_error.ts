// An unhandled rejection in a plain promise with a 2 MB message (the path isolated-vm re-throws to the host).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('rejecting');
Promise.reject(new TypeError('r'.repeat(2 * 1024 * 1024)));
await sleep(10);
console.log('never printed');
