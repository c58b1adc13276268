async function getter(queue: asyncio.Queue<string>) {
  const item = await queue.get();
  console.log(`getter got ${item}, qsize ${queue.qsize()}`);
}

const py = (b: boolean) => (b ? "True" : "False");

async function main() {
  const queue = new asyncio.Queue<string>(2);
  const task = asyncio.createTask(getter(queue));
  await asyncio.sleep(0);
  queue.putNowait("a");
  console.log(`after put_nowait: qsize ${queue.qsize()}, empty ${py(queue.empty())}, full ${py(queue.full())}`);
  queue.putNowait("b");
  console.log(`after second put_nowait: qsize ${queue.qsize()}, full ${py(queue.full())}`);
  try {
    queue.putNowait("c");
  } catch (e) {
    if (e instanceof asyncio.QueueFull) console.log("QueueFull");
  }
  await task;
  console.log(`after the getter ran: qsize ${queue.qsize()}`);
  console.log(`get_nowait: ${queue.getNowait()}, empty ${py(queue.empty())}`);
  try {
    queue.getNowait();
  } catch (e) {
    if (e instanceof asyncio.QueueEmpty) console.log("QueueEmpty");
  }
}

asyncio.run(main());
