async function main() {
  const loop = asyncio.getRunningLoop();
  try {
    await asyncio.timeout(null, async (cm) => {
      console.log(cm.when() === null ? "no deadline yet" : "deadline set");
      cm.reschedule(loop.time() + 1.5);
      await asyncio.sleep(1);
      console.log("still inside at 1000");
      cm.reschedule(loop.time() + 1);
      await asyncio.sleep(3);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) console.log(`TimeoutError at ${Math.round(loop.time() * 1000)}`);
  }
  try {
    await asyncio.timeoutAt(loop.time() + 0.5, async () => {
      await asyncio.sleep(1);
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) console.log(`timeout_at fired at ${Math.round(loop.time() * 1000)}`);
  }
}

asyncio.run(main());
