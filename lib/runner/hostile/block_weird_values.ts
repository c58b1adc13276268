// blockFor with negative, NaN, undefined and non-numeric values: none may move the clock back or break it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
blockFor(-5000);
blockFor(NaN);
blockFor(undefined);
blockFor('soon');
blockFor({ valueOf() { return -1; } });
console.log(`after weird blocks ${Date.now() - new Date(0).getTime() >= 0} ${performance.now()}`);
blockFor(250);
console.log(`after 250 ${performance.now()}`);
