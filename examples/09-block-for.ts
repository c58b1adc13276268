async function ticker() {
  for (let i = 1; i <= 6; i++) {
    await asyncio.sleep(0.5);
    console.log("tick " + i);
  }
}

async function crunchNumbers() {
  await asyncio.sleep(1);
  console.log("crunching...");
  blockFor(2000); // CPU-bound: nothing else can run
  console.log("crunched");
}

async function main() {
  await asyncio.gather(ticker(), crunchNumbers());
}

asyncio.run(main());
