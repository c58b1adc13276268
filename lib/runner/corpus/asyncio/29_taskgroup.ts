async function fetch(name: string, delay: number) {
  console.log(`${name} starts`);
  await asyncio.sleep(delay);
  console.log(`${name} done`);
  return name;
}

async function main() {
  let first!: asyncio.Task<string>, second!: asyncio.Task<string>;
  await asyncio.taskGroup(async (tg) => {
    first = tg.createTask(fetch("users", 2));
    second = tg.createTask(fetch("orders", 1));
    console.log("both scheduled");
  });
  console.log(`group finished at ${Math.round(asyncio.getRunningLoop().time() * 1000)}: ${first.result()}, ${second.result()}`);
}

asyncio.run(main());
