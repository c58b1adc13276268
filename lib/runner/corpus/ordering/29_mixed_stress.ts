// Many async tasks with distinct sleeps finish in sleep order; gather results keep input order.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const order: number[] = [];
async function task(id: number, ms: number) {
  await sleep(ms);
  order.push(id);
  await null;
  return id * ms;
}
async function main() {
  const delays = [40, 10, 30, 20, 0, 20, 10];
  const results = await Promise.all(delays.map((ms, i) => task(i, ms)));
  console.log(order);
  console.log(results);
  console.log({ total: results.reduce((a, b) => a + b, 0), tasks: results.length });
}
main();
