async function waiter(event: asyncio.Event, name: string) {
  console.log(`${name} waiting`);
  await event.wait();
  console.log(`${name} woke, set: ${event.isSet() ? "True" : "False"}`);
}

async function main() {
  const event = new asyncio.Event();
  const tasks = ["x", "y", "z"].map((n) => asyncio.createTask(waiter(event, n)));
  await asyncio.sleep(1);
  event.set();
  console.log("event set");
  event.clear();
  console.log("event cleared before the waiters ran");
  await asyncio.gather(...tasks);
  if (event.isSet()) await asyncio.waitFor(event.wait(), null);
  else console.log("not set any more");
}

asyncio.run(main());
