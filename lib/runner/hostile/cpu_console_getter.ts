// CPU burnt inside console.log: an Error's stack getter and a Symbol.toStringTag getter, both of which console.log
// reads (as Node's does; it runs no proxy trap), spin forever.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const e = new Error('boom');
let stackReads = 0;
Object.defineProperty(e, 'stack', { get() { stackReads++; return 'Error: boom'; } });
console.log(e);
console.log(`stack read ${stackReads > 0}`);
const spinner = { get [Symbol.toStringTag]() { while (true) {} } };
console.log(spinner);
console.log('never printed');
