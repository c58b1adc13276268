const lock = new asyncio.Lock();
const py = (b: boolean) => (b ? "True" : "False");

async function contender(name: string) {
  console.log(`${name} waits for the lock`);
  await lock.acquire();
  try {
    console.log(`${name} has the lock`);
    await asyncio.sleep(1);
  } finally {
    lock.release();
  }
  console.log(`${name} released it`);
}

async function main() {
  await lock.acquire();
  const a = asyncio.createTask(contender("a"));
  const b = asyncio.createTask(contender("b"));
  await asyncio.sleep(0.5);
  lock.release();
  console.log(`right after release: locked ${py(lock.locked())}`);
  await asyncio.sleep(0);
  console.log(`one round later: locked ${py(lock.locked())}`);
  await asyncio.gather(a, b);
  console.log(`at the end: locked ${py(lock.locked())}`);
}

asyncio.run(main());
