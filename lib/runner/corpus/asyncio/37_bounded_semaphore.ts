async function main() {
  const sem = new asyncio.BoundedSemaphore(2);
  await sem.acquire();
  console.log(sem.locked() ? "locked" : "one slot left");
  sem.release();
  try {
    sem.release();
  } catch (e) {
    if (e instanceof asyncio.ValueError) console.log(`ValueError: ${e.message}`);
  }
  const plain = new asyncio.Semaphore(1);
  plain.release();
  await plain.acquire();
  await plain.acquire();
  console.log(plain.locked() ? "a plain Semaphore can be released above its start" : "unexpected");
}

asyncio.run(main());
