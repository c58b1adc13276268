// After a race is decided the losing tasks keep running and logging; a timeout pattern with clearTimeout.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function job(name: string, ms: number) {
  console.log(`${name} start`);
  await sleep(ms);
  console.log(`${name} end`);
  return name;
}
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let id: ReturnType<typeof setTimeout>;
  const t = new Promise<'timeout'>((r) => { id = setTimeout(() => r('timeout'), ms); });
  return Promise.race([p, t]).finally(() => clearTimeout(id));
}
async function main() {
  console.log(await Promise.race([job('slow', 30), job('quick', 10)]));
  console.log('race decided');
  console.log(await withTimeout(job('fits', 10), 30));
  console.log(await withTimeout(job('too long', 50), 20));
}
main();
