async function main() {
  const cond = new asyncio.Condition();
  const state = { count: 0 };

  async function waiter() {
    await cond.acquire();
    try {
      await cond.waitFor(() => state.count >= 3);
      console.log(`count reached ${state.count} at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
    } finally {
      cond.release();
    }
  }

  async function incrementer() {
    for (let i = 0; i < 4; i++) {
      await asyncio.sleep(1);
      await cond.acquire();
      try {
        state.count += 1;
        console.log(`count is ${state.count}`);
        cond.notifyAll();
      } finally {
        cond.release();
      }
    }
  }

  await asyncio.gather(waiter(), incrementer());
}

asyncio.run(main());
