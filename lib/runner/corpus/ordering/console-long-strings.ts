// Strings inside arrays, objects, Maps and Sets are cut after 10,000 characters; top-level ones are not.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log(['z'.repeat(10_003)]);
console.log({ short: 'q'.repeat(10_001) });
console.log(new Set(['s'.repeat(10_002)]));
console.log(['e'.repeat(10_000)][0].length);
const exact = ['x'.repeat(10_000)];
console.log(exact);
console.log('top'.repeat(3_400).length);
console.log(['multi\nline '.repeat(900)]);
