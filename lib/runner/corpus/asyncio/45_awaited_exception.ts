async function fails() {
  await asyncio.sleep(1);
  throw new Error("bad input");
}

async function main() {
  const task = asyncio.createTask(fails());
  try {
    await task;
  } catch (e) {
    console.log(`caught ${(e as Error).message}`);
  }
  console.log(`exception() gives ${(task.exception() as Error).message}`);
  try {
    task.result();
  } catch (e) {
    console.log("result() raises it again");
  }
}

asyncio.run(main());
