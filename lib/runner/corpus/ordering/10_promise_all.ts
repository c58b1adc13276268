// Promise.all keeps input order whatever the completion order; an empty all resolves in a tick.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const wait = <T,>(ms: number, v: T) => new Promise<T>((r) => setTimeout(() => { console.log(`done ${ms}`); r(v); }, ms));
async function main() {
  const values = await Promise.all([wait(30, 'a'), wait(10, 'b'), 'c', Promise.resolve('d'), wait(20, 'e')]);
  console.log(values);
  const empty = await Promise.all([]);
  console.log(empty);
  const nums = await Promise.all([1, 2, 3].map(async (n) => { await null; return n * 10; }));
  console.log(nums);
}
Promise.all([]).then(() => console.log('empty all'));
main().then(() => console.log('main done'));
