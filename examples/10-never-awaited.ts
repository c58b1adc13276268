async function callApi(message: string) {
  console.log(message);
  await asyncio.sleep(3);
  return 42;
}

async function backgroundSync() {
  for (let i = 1; ; i++) {
    await asyncio.sleep(0.4);
    console.log("sync " + i);
  }
}

async function main() {
  asyncio.createTask(backgroundSync()); // started, never awaited
  callApi("fire and forget"); // a floating promise
  await asyncio.sleep(1);
  console.log("main is done");
}

asyncio.run(main());
