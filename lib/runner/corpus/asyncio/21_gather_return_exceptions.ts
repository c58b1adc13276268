class KeyError extends Error {
  name = "KeyError";
}

async function ok(value: string, delay: number) {
  await asyncio.sleep(delay);
  return value;
}

async function boom(delay: number): Promise<string> {
  await asyncio.sleep(delay);
  throw new KeyError("missing");
}

async function main() {
  const results = await asyncio.gather(ok("a", 1), boom(0.5), ok("c", 2), { returnExceptions: true });
  for (const r of results) {
    console.log(r instanceof Error ? `error: ${r.name}` : `value: ${r}`);
  }
  console.log(`at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
}

asyncio.run(main());
