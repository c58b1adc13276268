// blockFor(Number.MAX_VALUE) from inside a task: the limit, with the clock kept within it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
async function hog() {
  await sleep(10);
  console.log('hogging');
  blockFor(Number.MAX_VALUE);
  console.log('never printed');
}
await hog();
