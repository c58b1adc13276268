async function stubborn() {
  try {
    await asyncio.sleep(5);
    return "finished";
  } catch (e) {
    console.log("stubborn ignores the cancellation");
    await asyncio.sleep(0.25);
    return "partial result";
  }
}

async function main() {
  let result = await asyncio.waitFor(stubborn(), 1);
  console.log(`wait_for returned ${result}`);
  result = await asyncio.waitFor(stubborn(), 0);
  console.log(`with timeout 0: ${result}`);
}

asyncio.run(main());
