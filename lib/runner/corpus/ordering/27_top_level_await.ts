// Top-level await pauses the script while timers and other microtasks run.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => console.log('timer 10'), 10);
Promise.resolve().then(() => console.log('microtask'));
console.log('before await');
await new Promise((r) => setTimeout(r, 20));
console.log('after 20');
const v = await Promise.resolve(5);
console.log(`value ${v}`);
await null;
setTimeout(() => console.log('timer after awaits'), 0);
console.log('end of script');
