async function background(name: string) {
  try {
    while (true) {
      await asyncio.sleep(1);
      console.log(`${name} tick`);
    }
  } catch (e) {
    console.log(`${name} cancelled at shutdown`);
    await asyncio.sleep(2);
    console.log(`${name} finished its cleanup`);
    throw e;
  }
}

async function main() {
  asyncio.createTask(background("poller"));
  asyncio.createTask(background("heartbeat"));
  await asyncio.sleep(2.5);
  console.log("main returns");
}

asyncio.run(main());
console.log("after run");
