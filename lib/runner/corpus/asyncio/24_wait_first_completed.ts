async function job(name: string, delay: number) {
  await asyncio.sleep(delay);
  return name;
}

async function main() {
  const specs: [string, number][] = [["slow", 3], ["fast", 1], ["mid", 2]];
  const tasks = specs.map(([n, d]) => asyncio.createTask(job(n, d), { name: n }));
  let [done, pending] = await asyncio.wait(tasks, { returnWhen: asyncio.FIRST_COMPLETED });
  console.log("done:", [...done].map((t) => t.result()).sort().join(", "));
  console.log("pending:", [...pending].map((t) => t.getName()).sort().join(", "));
  console.log(`at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
  [done, pending] = await asyncio.wait(pending);
  console.log("then done:", [...done].map((t) => t.result()).sort().join(", "), "pending:", pending.size);
}

asyncio.run(main());
