async function producer(queue: asyncio.Queue<number>, n: number) {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(0.5);
    await queue.put(i);
    console.log(`put ${i} (qsize ${queue.qsize()})`);
  }
}

async function consumer(name: string, queue: asyncio.Queue<number>) {
  while (true) {
    const item = await queue.get();
    await asyncio.sleep(1);
    console.log(`${name} handled ${item}`);
    queue.taskDone();
  }
}

async function main() {
  const queue = new asyncio.Queue<number>(2);
  const consumers = [0, 1].map((i) => asyncio.createTask(consumer(`c${i}`, queue)));
  await producer(queue, 5);
  await queue.join();
  console.log(`all handled at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
  for (const c of consumers) c.cancel();
  await asyncio.gather(...consumers, { returnExceptions: true });
}

asyncio.run(main());
