async function worker() {
  try {
    console.log("worker sleeping");
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      console.log(`worker cancelled at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
    }
    throw e;
  }
}

async function main() {
  const task = asyncio.createTask(worker());
  await asyncio.sleep(1);
  console.log(task.cancel() ? "cancel requested" : "cancel refused");
  try {
    await task;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) console.log("main saw CancelledError");
  }
  console.log(task.cancelled() ? "cancelled" : "not cancelled");
  console.log(!task.cancel() ? "cancel again refused" : "cancel again accepted");
}

asyncio.run(main());
