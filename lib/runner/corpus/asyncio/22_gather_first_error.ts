async function worker(name: string, delay: number, fail = false) {
  await asyncio.sleep(delay);
  if (fail) throw new Error(`${name} broke`);
  console.log(`${name} finished`);
  return name;
}

async function main() {
  try {
    await asyncio.gather(worker("a", 1), worker("b", 0.5, true), worker("c", 2));
  } catch (e) {
    console.log(`gather raised: ${(e as Error).message} at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
  }
  await asyncio.sleep(2);
  console.log("the other workers kept running");
}

asyncio.run(main());
