async function important() {
  await asyncio.sleep(2);
  console.log("important work finished");
  return "saved";
}

async function caller(task: asyncio.Task<string>) {
  try {
    return await asyncio.shield(task);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) console.log("caller cancelled, the shielded task goes on");
    throw e;
  }
}

async function main() {
  const task = asyncio.createTask(important());
  const c = asyncio.createTask(caller(task));
  await asyncio.sleep(1);
  c.cancel();
  await asyncio.gather(c, { returnExceptions: true });
  console.log(`task result: ${await task} at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
}

asyncio.run(main());
