async function download(sem: asyncio.Semaphore, n: number) {
  await sem.acquire();
  try {
    console.log(`start ${n} at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
    await asyncio.sleep(1);
  } finally {
    sem.release();
  }
  console.log(`end ${n}, locked: ${sem.locked() ? "True" : "False"}`);
}

async function main() {
  const sem = new asyncio.Semaphore(2);
  await asyncio.gather(...[0, 1, 2, 3, 4].map((n) => download(sem, n)));
}

asyncio.run(main());
