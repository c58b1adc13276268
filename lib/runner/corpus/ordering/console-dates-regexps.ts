// Dates print in ISO form, invalid ones as Invalid Date; RegExps as literals.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log(new Date(0), new Date(Date.UTC(2030, 11, 31, 23, 59, 59, 999)));
console.log(new Date(NaN));
console.log({ when: new Date(86_400_000) });
console.log(/a+b/gi, new RegExp('x/y'), [/\d+/]);
const r = /re/;
r.extra = 1;
console.log(r);
const d = new Date(0);
d.label = 'epoch';
console.log(d);
