async function job(name: string, delay: number) {
  console.log(`${name} starts`);
  await asyncio.sleep(delay);
  console.log(`${name} done`);
  return name.toUpperCase();
}

async function main() {
  const pending = asyncio.gather(job("a", 2), job("b", 1), job("c", 1));
  console.log("gather called");
  const results = await pending;
  console.log(results.join(", "));
}

asyncio.run(main());
