// util.format placeholders: %d %i %f %j %o %O %c %% and the arguments after them.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log('%d + %d = %d', 1, 2, 3);
console.log('%i', 3.9, 'left over');
console.log('%f', '1.25abc');
console.log('%d', 12n, '%i', 7n);
console.log('%j', { a: [1, { b: 2 }] });
const circ = {};
circ.me = circ;
console.log('%j', circ);
console.log('%O', { deep: { deeper: { deepest: { bottom: 1 } } } });
console.log('%o', [1, { a: 2 }]);
console.log('%c styled', 'color: red');
console.log('%x unknown %s', 'kept');
console.log('%', '%%', 5);
console.log(1, '%d', 2);
console.log('no args %s');
console.log('%s', 'a', 'b', { c: 1 });
try {
  console.log('%j', { big: 10n });
} catch (e) {
  console.log('%%j threw', e.constructor.name, e.message);
}
console.log('%s|%d|%i|%f', { [Symbol.toPrimitive]: () => 'prim' }, '0x10', '08.9', '1e3');
