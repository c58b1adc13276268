// async/await resumes as promise jobs: inside a timer, nextTick still beats the first resumption.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function job(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'after first await');
  await new Promise((r) => setImmediate(r));
  console.log(name, 'after immediate');
}
setTimeout(() => {
  job('a');
  process.nextTick(() => console.log('tick'));
  job('b');
  console.log('timer end');
}, 1);
