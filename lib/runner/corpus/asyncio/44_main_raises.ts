async function helper() {
  try {
    await asyncio.sleep(5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) console.log("helper cancelled during shutdown");
    throw e;
  }
}

async function main() {
  asyncio.createTask(helper());
  await asyncio.sleep(1);
  console.log("main is about to fail");
  throw new Error("main failed");
}

asyncio.run(main());
console.log("never printed");
