async function fetch(delay: number) {
  await asyncio.sleep(delay);
  return `fetched after ${delay}`;
}

async function main() {
  console.log(await asyncio.waitFor(fetch(1), 2));
  console.log(await asyncio.waitFor(fetch(2), null));
  const task = asyncio.createTask(fetch(1));
  console.log(await asyncio.waitFor(task, 5));
  console.log(`done at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
}

asyncio.run(main());
