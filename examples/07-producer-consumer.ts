const queue = new asyncio.Queue();

async function producer() {
  for (let item = 1; item <= 4; item++) {
    await asyncio.sleep(0.5);
    console.log("produced " + item);
    await queue.put(item);
  }
  await queue.put(null); // tells the consumer to stop
}

async function consumer() {
  while (true) {
    const item = await queue.get();
    if (item === null) break;
    console.log("consuming " + item);
    await asyncio.sleep(1);
  }
}

async function main() {
  await asyncio.gather(producer(), consumer());
  console.log("queue drained");
}

asyncio.run(main());
