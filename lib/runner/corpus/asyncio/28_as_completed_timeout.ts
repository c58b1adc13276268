async function fetch(delay: number) {
  await asyncio.sleep(delay);
  return delay;
}

async function main() {
  const tasks = [1, 5].map((d) => asyncio.createTask(fetch(d)));
  try {
    for (const nextDone of asyncio.asCompleted(tasks, { timeout: 2 })) {
      console.log(`got ${await nextDone}`);
    }
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) {
      console.log(`TimeoutError at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
    }
  }
  tasks[1].cancel();
}

asyncio.run(main());
