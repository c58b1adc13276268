// %s with a Date prints its ISO form (inspect at depth 0); other %s conversions.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const d = new Date(Date.UTC(2024, 1, 29, 12, 30, 15, 250));
console.log('%s', d);
console.log('at %s!', new Date(0));
console.log('%s', new Date(NaN));
console.log('%s %s %s %s', -0, 12n, Symbol('sym'), null);
console.log('%s', { a: { b: { c: 1 } } }, 'rest');
console.log('%s', [1, [2, [3]]]);
class WithToString { toString() { return 'custom!'; } }
console.log('%s', new WithToString());
class Plain { constructor() { this.x = 1; } }
console.log('%s', new Plain());
console.log('%s', new Error('err msg').message);
console.log('%s', () => 1);
console.log('%s', new Map([[1, 2]]));
console.log('%s|%s', 'a');
console.log('%d %i %f', '42.5', '42.5', '42.5');
console.log('%j', { j: [1, 'two'] });
console.log('100%% sure', 'extra');
