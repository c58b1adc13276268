async function download() {
  try {
    await asyncio.sleep(5);
    console.log("downloaded");
  } finally {
    console.log("cleaning up");
    await asyncio.sleep(0.5);
    console.log("cleaned up");
  }
}

async function main() {
  const task = asyncio.createTask(download());
  await asyncio.sleep(1);
  task.cancel();
  try {
    await task;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      console.log(`main resumes at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
    }
  }
}

asyncio.run(main());
