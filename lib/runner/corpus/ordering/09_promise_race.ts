// Promise.race settles with the first timer; the loser still fires later. Racing settled values.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const wait = (ms: number, v: string) => new Promise<string>((r) => setTimeout(() => { console.log(`fired ${v}`); r(v); }, ms));
async function main() {
  const winner = await Promise.race([wait(30, 'slow'), wait(10, 'fast')]);
  console.log(`winner ${winner}`);
  const sync = await Promise.race([Promise.resolve('resolved'), 'plain']);
  console.log(`sync race ${sync}`);
  try {
    await Promise.race([wait(40, 'late'), new Promise((_, rej) => setTimeout(() => rej(new Error('boom')), 35))]);
  } catch (e) {
    console.log(`race rejected ${(e as Error).message}`);
  }
}
main().then(() => console.log('main done'));
