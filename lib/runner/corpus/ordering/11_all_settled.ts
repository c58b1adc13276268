// Promise.allSettled reports each outcome in input order; Promise.all rejects at the first failure
// while the other promises keep running.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const ok = (ms: number, v: string) => new Promise<string>((r) => setTimeout(() => r(v), ms));
const fail = (ms: number, m: string) => new Promise<string>((_, rej) => setTimeout(() => rej(new Error(m)), ms));
async function main() {
  const results = await Promise.allSettled([ok(20, 'x'), fail(10, 'bad'), 'y']);
  for (const r of results) console.log(r.status === 'fulfilled' ? `ok ${r.value}` : `err ${r.reason.message}`);
  try {
    await Promise.all([ok(30, 'late'), fail(10, 'first failure'), fail(20, 'second failure')]);
  } catch (e) {
    console.log(`all rejected: ${(e as Error).message}`);
  }
  await ok(40, 'wait');
  console.log('end');
}
main();
