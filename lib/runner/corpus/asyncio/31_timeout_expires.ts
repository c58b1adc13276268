async function slow() {
  try {
    await asyncio.sleep(5);
  } finally {
    console.log("slow is interrupted");
  }
}

async function main() {
  let cm!: asyncio.Timeout;
  try {
    await asyncio.timeout(1, async (t) => {
      cm = t;
      await slow();
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) {
      console.log(`TimeoutError at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
    }
  }
  console.log(cm.expired() ? "expired" : "not expired");
  const cm2 = await asyncio.timeout(2, async (t) => {
    await asyncio.sleep(1);
    return t;
  });
  console.log(cm2.expired() ? "expired" : "finished in time");
}

asyncio.run(main());
