// A thenable that resolves with another thenable, one that resolves later from a timer, and one
// whose then() throws after resolving (the throw is ignored).
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const inner = { then(r: (v: string) => void) { console.log('inner then'); r('inner value'); } };
const outer = { then(r: (v: unknown) => void) { console.log('outer then'); r(inner); } };
const later = { then(r: (v: string) => void) { setTimeout(() => r('later value'), 10); } };
const throwsAfter = { then(r: (v: string) => void) { r('kept'); throw new Error('ignored'); } };

async function main() {
  const v1 = await outer;
  console.log(`got ${v1}`);
  const v2 = await later;
  console.log(`got ${v2}`);
  const v3 = await throwsAfter;
  console.log(`got ${v3}`);
  const v4 = await Promise.resolve(outer);
  console.log(`got ${v4}`);
}
main().then(() => console.log('main done'));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
