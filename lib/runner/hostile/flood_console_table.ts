// Output flood through console.table: 20,000 rows of five columns (about 1.5 MB of table text) in one call.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: i, a: 'x'.repeat(10), b: i * 2, c: true, d: null }));
console.table(rows);
console.table(rows.slice(0, 10));
console.log('never printed: the console limit was reached');
