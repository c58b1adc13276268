async function job(delay: number) {
  await asyncio.sleep(delay);
  return delay;
}

async function main() {
  const tasks = [1, 2, 4].map((d) => asyncio.createTask(job(d)));
  let [done, pending] = await asyncio.wait(tasks, { timeout: 2.5 });
  console.log(`after the timeout: ${done.size} done, ${pending.size} pending`);
  console.log(`at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
  [done, pending] = await asyncio.wait(tasks, { returnWhen: asyncio.ALL_COMPLETED });
  console.log("results:", tasks.map((t) => String(t.result())).join(", "));
  console.log(`at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
}

asyncio.run(main());
