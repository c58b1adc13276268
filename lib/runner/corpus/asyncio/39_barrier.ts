async function runner(barrier: asyncio.Barrier, name: string, delay: number) {
  await asyncio.sleep(delay);
  console.log(`${name} arrives at ${Math.round(asyncio.getRunningLoop().time() * 1000)} (${barrier.nWaiting} waiting)`);
  const index = await barrier.wait();
  console.log(`${name} passes with index ${index}`);
}

async function main() {
  const barrier = new asyncio.Barrier(3);
  await asyncio.gather(runner(barrier, "a", 1), runner(barrier, "b", 3), runner(barrier, "c", 2));
  console.log(`parties ${barrier.parties}, broken ${barrier.broken ? "True" : "False"}`);
}

asyncio.run(main());
