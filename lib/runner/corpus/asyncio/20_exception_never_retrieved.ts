async function flaky() {
  await asyncio.sleep(1);
  throw new Error("flaky failed");
}

async function main() {
  const task = asyncio.createTask(flaky());
  await asyncio.sleep(2);
  console.log(task.done() && !task.cancelled() ? "failed" : "still running");
  console.log("main never looked at the exception");
}

asyncio.run(main());
