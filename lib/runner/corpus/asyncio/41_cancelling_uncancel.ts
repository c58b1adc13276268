async function resilient() {
  const task = asyncio.currentTask()!;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await asyncio.sleep(1);
      console.log(`attempt ${attempt} succeeded`);
      return attempt;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      console.log(`attempt ${attempt} cancelled, cancelling() = ${task.cancelling()}`);
      task.uncancel();
      console.log(`after uncancel: ${task.cancelling()}`);
    }
  }
}

async function main() {
  const task = asyncio.createTask(resilient());
  await asyncio.sleep(0.5);
  task.cancel();
  task.cancel();
  console.log(`two requests: cancelling() = ${task.cancelling()}`);
  console.log(`result ${await task} at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
}

asyncio.run(main());
