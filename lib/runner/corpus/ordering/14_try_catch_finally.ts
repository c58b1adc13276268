// try/catch/finally around awaits: rejections land in catch, finally runs after both, a return in
// finally overrides, and errors thrown after an await propagate to the caller.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const failLater = (ms: number, m: string) => new Promise((_, rej) => setTimeout(() => rej(new Error(m)), ms));
async function guarded(label: string, ms: number) {
  try {
    console.log(`${label}: try`);
    await failLater(ms, `${label} failed`);
    console.log('unreachable');
  } catch (e) {
    console.log(`${label}: catch ${(e as Error).message}`);
    await null;
    console.log(`${label}: after await in catch`);
  } finally {
    console.log(`${label}: finally`);
    await Promise.resolve();
    console.log(`${label}: after await in finally`);
  }
  return label;
}
async function overrides() {
  try {
    await null;
    throw new Error('lost');
  } finally {
    return 'finally wins';
  }
}
async function thrower() {
  await null;
  throw new TypeError('thrown after await');
}
async function main() {
  const r = await Promise.all([guarded('x', 20), guarded('y', 10)]);
  console.log(r);
  console.log(await overrides());
  try {
    await thrower();
  } catch (e) {
    console.log(`${(e as Error).name}: ${(e as Error).message}`);
  }
}
main();
