async function job(name: string) {
  console.log(`${name} starts`);
  await asyncio.sleep(1);
  console.log(`${name} ends`);
}

async function main() {
  const t1 = asyncio.createTask(job("first"));
  console.log("created first");
  const t2 = asyncio.createTask(job("second"));
  console.log("created second");
  const t3 = asyncio.createTask(job("never"));
  t3.cancel();
  console.log("cancelled never before it ran");
  await t1;
  await t2;
  console.log(t3.cancelled() ? "never cancelled" : "never ran");
}

asyncio.run(main());
