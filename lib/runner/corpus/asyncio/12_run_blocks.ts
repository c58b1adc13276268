async function main(label: string, delay: number) {
  console.log(`${label} starts`);
  await asyncio.sleep(delay);
  console.log(`${label} ends`);
  return delay * 10;
}

console.log("before the first run");
asyncio.run(main("first", 1));
console.log("between the runs");
const result = await asyncio.run(main("second", 2));
console.log(`second returned ${result}`);
