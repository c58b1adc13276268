// Promise-then recursion: every reaction schedules another, so the microtask queue never drains.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
setTimeout(() => console.log('never printed'), 0);
console.log('chaining');
const spin = () => { Promise.resolve().then(spin); }; // returns nothing: no chain builds up
spin();
