async function job() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    console.log("job cancelled, cleaning up for 1s");
    await asyncio.sleep(1);
    throw e;
  }
}

async function guarded() {
  try {
    await asyncio.waitFor(job(), 5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      console.log(`guarded cancelled at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
    }
    throw e;
  }
}

async function main() {
  const task = asyncio.createTask(guarded());
  await asyncio.sleep(2);
  task.cancel();
  try {
    await task;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) console.log("main saw it cancelled");
  }
}

asyncio.run(main());
