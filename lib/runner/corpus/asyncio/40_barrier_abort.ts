async function runner(barrier: asyncio.Barrier, name: string) {
  try {
    await barrier.wait();
    console.log(`${name} passed`);
  } catch (e) {
    if (e instanceof asyncio.BrokenBarrierError) console.log(`${name} sees a broken barrier`);
  }
}

async function main() {
  const barrier = new asyncio.Barrier(3);
  const tasks = ["a", "b"].map((n) => asyncio.createTask(runner(barrier, n)));
  await asyncio.sleep(1);
  await barrier.abort();
  await asyncio.gather(...tasks);
  console.log(barrier.broken ? "broken" : "intact");
  await runner(barrier, "late");
}

asyncio.run(main());
