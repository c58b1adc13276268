// `length` counts the parameters before the first default or rest, as for any function.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function none() {}
async function two(a, b) {}
async function withDefault(a, b = 2, c) {}
async function withRest(a, ...more) {}
async function destructured({ a }, [b], c = 3) {}
const arrow = async (x, y, z) => {};
const oneBare = async x => x;
const obj = { async m(p, q) {} };
class K { async run(a, b, c, d) {} static async make(a = 1) {} }
for (const fn of [none, two, withDefault, withRest, destructured, arrow, oneBare, obj.m, K.prototype.run, K.make]) {
  console.log(fn.name, fn.length);
}
