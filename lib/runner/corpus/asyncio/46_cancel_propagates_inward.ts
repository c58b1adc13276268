async function inner() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) console.log("inner cancelled");
    throw e;
  }
}

async function outer() {
  const innerTask = asyncio.createTask(inner());
  try {
    await innerTask;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      console.log("outer cancelled; inner is " + (innerTask.cancelled() ? "cancelled" : "not done yet"));
    }
    throw e;
  }
}

async function main() {
  const task = asyncio.createTask(outer());
  await asyncio.sleep(1);
  task.cancel();
  await asyncio.sleep(0);
  console.log("one round after cancel");
  await asyncio.gather(task, { returnExceptions: true });
  console.log(`at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
}

asyncio.run(main());
