async function other() {
  console.log("other never runs");
}

async function main() {
  try {
    asyncio.run(other());
  } catch (e) {
    console.log(`RuntimeError: ${(e as Error).message}`);
  }
  console.log("main goes on");
}

asyncio.run(main());
