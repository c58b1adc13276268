// queueMicrotask recursion: the microtask queue never drains, so no timer can ever run.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
setTimeout(() => console.log('never printed'), 0);
const again = () => queueMicrotask(again);
again();
