// An async function's own properties are exactly `length` and `name`, with the spec's attributes.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function f(a, b = 1, ...rest) {}
const g = async (x, y) => x;
for (const fn of [f, g]) {
  console.log(fn.name, Object.getOwnPropertyNames(fn).join(','));
  for (const key of ['length', 'name']) {
    const d = Object.getOwnPropertyDescriptor(fn, key);
    console.log(' ', key, d.value, d.writable, d.enumerable, d.configurable);
  }
}
