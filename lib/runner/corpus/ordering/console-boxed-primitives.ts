// Boxed primitives print as [Number: 1], [String: …] and so on.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log(new Number(3), new String('str'), new Boolean(false));
console.log(Object(1n), Object(Symbol('s')));
console.log([new Number(-0), new String('')]);
const s = new String('ab');
s.extra = true;
console.log(s);
console.log(new Number(NaN), { n: new Number(Infinity) });
