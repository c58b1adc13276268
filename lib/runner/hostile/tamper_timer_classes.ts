// The class behind what setTimeout returns is reachable (t.constructor): replacing its statics and
// prototype methods must not reach the scheduler, whose timers still fire, repeat and clear.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const hijack = (name) => () => { throw new Error('hijacked ' + name); };
const first = setTimeout(() => console.log('timeout ran'), 5);
const Timeout = first.constructor;
for (const k of ['is', 'fired', 'rearmed', 'clear', 'timerOf', 'clearTimeoutHandle']) Timeout[k] = hijack(k);
for (const k of ['refresh', 'ref', 'unref', 'hasRef', 'close']) Timeout.prototype[k] = hijack(k);
Timeout.prototype[Symbol.toPrimitive] = hijack('toPrimitive');
const Immediate = setImmediate(() => console.log('immediate ran')).constructor;
for (const k of ['ref', 'unref', 'hasRef']) Immediate.prototype[k] = hijack(k);
let n = 0;
const iv = setInterval(() => { console.log('tick'); if (++n === 2) clearInterval(iv); }, 1);
clearTimeout(setTimeout(() => console.log('never'), 1));
console.log(typeof Object.getOwnPropertyDescriptor(setTimeout, Symbol.for('nodejs.util.promisify.custom')).get);
