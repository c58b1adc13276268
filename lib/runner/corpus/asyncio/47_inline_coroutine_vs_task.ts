async function quick(label: string) {
  console.log(`${label} runs`);
  return label;
}

async function ticker() {
  for (let i = 0; i < 4; i++) {
    console.log(`tick ${i}`);
    await asyncio.sleep(0);
  }
}

async function main() {
  const t = asyncio.createTask(ticker());
  await asyncio.sleep(0);
  console.log(await quick("inline call"));
  console.log(await asyncio.createTask(quick("as a task")));
  console.log(await asyncio.ensureFuture(quick("ensure_future")));
  console.log(await asyncio.sleep(0, "sleep result"));
  await t;
}

asyncio.run(main());
