async function ticker(name: string, n: number) {
  for (let i = 0; i < n; i++) {
    console.log(`${name} ${i}`);
    await asyncio.sleep(0);
  }
  return name;
}

async function waiter(task: asyncio.Task<string>) {
  const result = await task;
  console.log(`waiter got ${result}`);
}

async function main() {
  const a = asyncio.createTask(ticker("a", 3));
  const b = asyncio.createTask(ticker("b", 5));
  const w = asyncio.createTask(waiter(a));
  await b;
  console.log("main got b");
  await w;
}

asyncio.run(main());
