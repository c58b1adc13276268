// 60,000 AbortSignal.timeout(1) timers (unref'd), kept alive by one ref'd timer: the macrotask limit still holds.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const signals = [];
for (let i = 0; i < 60_000; i++) signals.push(AbortSignal.timeout(1));
for (const ms of [NaN, -1, Infinity, 2 ** 53, '7', {}]) AbortSignal.timeout(ms);
setTimeout(() => console.log('never reached'), 100);
console.log('armed');
