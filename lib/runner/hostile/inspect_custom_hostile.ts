// util.inspect.custom hooks that throw, return 4 MB strings, or return the object itself are handed to console.log.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const custom = Symbol.for('nodejs.util.inspect.custom');
try {
  console.log({ [custom]() { throw new Error('custom inspect threw'); } });
} catch (e) {
  console.log(`console.log threw: ${e.message}`);
}
const self = { [custom]() { return self; }, n: 1 };
console.log(self);
console.log('before huge');
console.log({ [custom]: () => 'h'.repeat(4 * 1024 * 1024) });
console.log('never printed');
