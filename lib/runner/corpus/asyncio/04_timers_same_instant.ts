async function sleeper(name: string, delay: number) {
  await asyncio.sleep(delay);
  console.log(`${name} woke at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
}

async function lateStarter() {
  await asyncio.sleep(1);
  console.log("late starter schedules its sleep at 1000");
  await asyncio.sleep(1);
  console.log("late starter woke at 2000");
}

async function main() {
  asyncio.createTask(sleeper("a", 2));
  asyncio.createTask(lateStarter());
  asyncio.createTask(sleeper("b", 2));
  await asyncio.sleep(2);
  console.log("main woke at 2000");
  await asyncio.sleep(0);
  console.log("main after one more round");
}

asyncio.run(main());
