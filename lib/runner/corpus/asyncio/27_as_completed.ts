async function fetch(name: string, delay: number) {
  await asyncio.sleep(delay);
  return `${name} (${delay}s)`;
}

async function main() {
  for (const nextDone of asyncio.asCompleted([fetch("slow", 3), fetch("fast", 1), fetch("medium", 2)])) {
    const result = await nextDone;
    console.log(`${result} at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
  }
}

asyncio.run(main());
