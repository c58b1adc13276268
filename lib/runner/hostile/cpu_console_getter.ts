// CPU burnt inside console.log: a Proxy's ownKeys trap and an Error's stack getter, both of which console.log calls, spin forever.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const e = new Error('boom');
let stackReads = 0;
Object.defineProperty(e, 'stack', { get() { stackReads++; return 'Error: boom'; } });
console.log(e);
console.log(`stack read ${stackReads > 0}`);
const spinner = new Proxy({}, { ownKeys() { while (true) {} } });
console.log(spinner);
console.log('never printed');
