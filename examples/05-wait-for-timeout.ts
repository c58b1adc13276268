async function query(name: string, seconds: number) {
  console.log(name + " started");
  await asyncio.sleep(seconds);
  return name + " done";
}

async function main() {
  console.log(await asyncio.waitFor(query("fast query", 1), 2));
  try {
    console.log(await asyncio.waitFor(query("slow query", 5), 2));
  } catch (error) {
    console.log("gave up: " + (error as Error).name);
  }
}

asyncio.run(main());
