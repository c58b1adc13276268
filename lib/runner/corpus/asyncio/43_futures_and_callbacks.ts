async function setter(fut: asyncio.Future<number>) {
  await asyncio.sleep(1);
  console.log("setting the result");
  fut.setResult(42);
  console.log(fut.done() ? "done" : "pending");
}

async function main() {
  const fut = new asyncio.Future<number>();
  fut.addDoneCallback((f) => console.log(`callback saw ${f.result()}`));
  asyncio.createTask(setter(fut));
  const value = await fut;
  console.log(`main got ${value}`);
  await asyncio.sleep(0);
  console.log("one round later");
}

asyncio.run(main());
