async function job(name: string, delay: number, fail = false) {
  await asyncio.sleep(delay);
  if (fail) throw new Error(name);
  return name;
}

async function main() {
  const tasks = [
    asyncio.createTask(job("a", 1)),
    asyncio.createTask(job("b", 2, true)),
    asyncio.createTask(job("c", 3)),
  ];
  const [done, pending] = await asyncio.wait(tasks, { returnWhen: asyncio.FIRST_EXCEPTION });
  console.log(`${done.size} done, ${pending.size} pending at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
  for (const t of tasks) {
    if (done.has(t)) console.log(t.exception() ? `error ${(t.exception() as Error).message}` : `result ${t.result()}`);
  }
  for (const t of pending) t.cancel();
  await asyncio.wait(pending);
  console.log([...pending].every((t) => t.cancelled()) ? "cancelled the rest" : "something survived");
}

asyncio.run(main());
