// Values whose getters, toString and toJSON throw are handed to console.log; like Node, console
// shows getters without calling them, and the run goes on.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const boom = () => { throw new Error('getter called'); };
const obj = { get secret() { return boom(); }, plain: 1 };
const tricky = { toString: boom, toJSON: boom, [Symbol.toPrimitive]: boom, valueOf: boom, n: 2 };
console.log(obj);
console.log(tricky.n);
console.log('still alive');
