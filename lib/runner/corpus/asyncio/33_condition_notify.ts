async function consumer(name: string, cond: asyncio.Condition, items: string[]) {
  await cond.acquire();
  try {
    while (items.length === 0) {
      console.log(`${name} waits`);
      await cond.wait();
    }
    const item = items.shift();
    console.log(`${name} took ${item}`);
  } finally {
    cond.release();
  }
}

async function main() {
  const cond = new asyncio.Condition();
  const items: string[] = [];
  const consumers = [0, 1, 2].map((i) => asyncio.createTask(consumer(`c${i}`, cond, items)));
  await asyncio.sleep(1);
  await cond.acquire();
  try {
    items.push("first");
    cond.notify();
    console.log("notified one");
  } finally {
    cond.release();
  }
  await asyncio.sleep(1);
  await cond.acquire();
  try {
    items.push("second", "third");
    cond.notifyAll();
    console.log("notified all");
  } finally {
    cond.release();
  }
  await asyncio.gather(...consumers);
  console.log(cond.locked() ? "locked" : "unlocked");
}

asyncio.run(main());
