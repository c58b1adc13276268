// Errors without a stack print in brackets; own properties print after them.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
Error.stackTraceLimit = 0;
console.log(new Error('boom'));
console.log(new Error(''));
console.log(new Error());
const e = new Error('with fields');
e.code = 'E_CODE';
e.details = { retry: true };
console.log(e);
const nostack = new Error('no stack');
delete nostack.stack;
console.log(nostack);
console.log({ list: [new RangeError('r'), new SyntaxError('s')] });
console.log(Object.create(Error.prototype));
try { null.x; } catch (err) { console.log(err); }
