// Indirect eval runs in the global scope: it must see only the sandbox's globals.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const geval = eval;
const global = (0, eval)('this');
console.log(global === globalThis, geval('typeof process.binding'), (0, eval)('typeof require'));
const keys = Object.getOwnPropertyNames(global).filter((k) => /^(__.*|require|module|Buffer)$/.test(k));
console.log(JSON.stringify(keys));
