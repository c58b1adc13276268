// An async generator consumed with for await, interleaved with a plain promise chain and a timer.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function* numbers(limit: number) {
  for (let i = 1; i <= limit; i++) {
    await null;
    yield i;
  }
  console.log('generator done');
}
async function* delayed() {
  yield 'first';
  await new Promise((r) => setTimeout(r, 20));
  yield 'after 20ms';
}
async function consume() {
  const seen: number[] = [];
  for await (const n of numbers(3)) {
    console.log(`got ${n}`);
    seen.push(n);
  }
  console.log(seen);
  for await (const s of delayed()) console.log(s);
}
consume().then(() => console.log('consumed'));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
setTimeout(() => console.log('timer 10'), 10);
