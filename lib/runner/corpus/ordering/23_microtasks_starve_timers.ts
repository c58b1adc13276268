// A long (finite) microtask chain runs to the end before a 0 ms timer, and async recursion too.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => console.log('timer finally runs'), 0);
let n = 0;
function hop(): Promise<void> | void {
  n++;
  if (n < 1000) return Promise.resolve().then(hop);
  console.log(`chain of ${n} done`);
}
hop();
async function countdown(k: number): Promise<number> {
  if (k === 0) return 0;
  await null;
  return 1 + (await countdown(k - 1));
}
countdown(200).then((v) => console.log(`countdown ${v}`));
