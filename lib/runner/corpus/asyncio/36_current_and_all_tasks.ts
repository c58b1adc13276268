async function worker(delay: number) {
  const me = asyncio.currentTask()!;
  console.log(`${me.getName()} running`);
  await asyncio.sleep(delay);
}

async function main() {
  console.log(`main is ${asyncio.currentTask()!.getName()}`);
  asyncio.createTask(worker(1));
  asyncio.createTask(worker(2), { name: "named-worker" });
  await asyncio.sleep(0);
  console.log("all:", [...asyncio.allTasks()].map((t) => t.getName()).sort().join(", "));
  await asyncio.sleep(1.5);
  console.log("all:", [...asyncio.allTasks()].map((t) => t.getName()).sort().join(", "));
}

asyncio.run(main());
