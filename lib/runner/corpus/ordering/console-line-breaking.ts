// Objects that fit in 80 columns stay on one line; longer ones break; number arrays group in columns.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log({ alpha: 'aaaa', beta: 'bbbb', gamma: 'cccc', delta: 'dddd', epsilon: 'eeee', zeta: 'zz' });
console.log({ alpha: 'aaaa', beta: 'bbbb', gamma: 'cccc', delta: 'dddd', epsilon: 'eeee', zeta: 'zzzzzz' });
console.log(Array.from({ length: 30 }, (_, i) => i * 37));
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }, { a: 9, b: 10 }, { a: 11, b: 12 }]);
console.log({ list: Array.from({ length: 12 }, (_, i) => -i * 1.5) });
console.log([[1, 2, [3, 4, [5, 6, [7]]]], { k: { k: { k: { k: 1 } } } }]);
