// Error.captureStackTrace tricks: capture into objects with stack setters, a hidden constructorOpt, and stackTraceLimit games; nothing may reach the runner.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const target = {};
let setterCalls = 0;
Object.defineProperty(target, 'stack', { set() { setterCalls++; }, configurable: true });
try { Error.captureStackTrace(target); } catch (e) { console.log(`capture refused: ${e.name}`); }
const hidden = {};
Error.captureStackTrace(hidden, sleep);
Error.stackTraceLimit = Infinity;
const deep = {};
Error.captureStackTrace(deep);
const frames = String(deep.stack).split('\n').slice(1);
console.log(`frames: ${frames.length > 0}, runner frames: ${frames.filter((f) => !f.includes('main.js')).length}`);
console.log(typeof hidden.stack, setterCalls);
Error.captureStackTrace = () => { throw new Error('captureStackTrace hijacked'); };
Error.stackTraceLimit = 0;
console.trace('traced');
throw new RangeError('thrown with stackTraceLimit 0');
