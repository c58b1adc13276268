const lock = new asyncio.Lock();

async function chatter() {
  for (let i = 0; i < 3; i++) {
    console.log(`chatter ${i}`);
    await asyncio.sleep(0);
  }
}

async function worker() {
  await lock.acquire();
  try {
    console.log("worker holds the lock without waiting");
  } finally {
    lock.release();
  }
  await lock.acquire();
  try {
    console.log("worker holds it again");
  } finally {
    lock.release();
  }
  console.log(lock.locked() ? "locked" : "free");
}

async function main() {
  const c = asyncio.createTask(chatter());
  const w = asyncio.createTask(worker());
  await asyncio.gather(c, w);
}

asyncio.run(main());
