// Catastrophic regex backtracking: (a+)+$ against 'aaaa…b' takes 2^n steps inside the regex engine.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('matching');
const matched = /^(a+)+$/.test('a'.repeat(48) + 'b');
console.log(`matched ${matched}`);
