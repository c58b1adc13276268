// await of plain values, undefined, a sync thenable and a function still yields to other microtasks.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function worker(label: string) {
  const a = await 1;
  console.log(`${label} got ${a}`);
  const b = await undefined;
  console.log(`${label} got ${b}`);
  const c = await { then: (r: (v: string) => void) => r('sync thenable') };
  console.log(`${label} got ${c}`);
  const d = await { value: 'not a thenable' };
  console.log(`${label} got ${d.value}`);
  const e = await [1, 2];
  console.log(`${label} got`, e);
}
worker('A');
worker('B');
Promise.resolve().then(() => console.log('chain 1')).then(() => console.log('chain 2')).then(() => console.log('chain 3'));
console.log('sync');
