// structuredClone of an object nested 200,000 levels deep: a stack overflow inside the polyfill is a catchable RangeError.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let deep = {};
for (let i = 0; i < 200_000; i++) deep = { next: deep };
try { structuredClone(deep); console.log('cloned'); } catch (e) { console.log('caught', e.name); }
const shared = { big: 'x'.repeat(1000) };
const wide = Array.from({ length: 1000 }, () => shared); // 1000 references, cloned once each by identity
const copy = structuredClone(wide);
console.log(copy.length, copy[0] === copy[999]);
