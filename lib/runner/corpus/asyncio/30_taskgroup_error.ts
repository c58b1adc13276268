async function worker(name: string, delay: number, fail = false) {
  try {
    await asyncio.sleep(delay);
    if (fail) throw new Error(`${name} failed`);
    console.log(`${name} finished`);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) console.log(`${name} cancelled by the group`);
    throw e;
  }
}

async function main() {
  try {
    await asyncio.taskGroup(async (tg) => {
      tg.createTask(worker("a", 3));
      tg.createTask(worker("b", 1, true));
      tg.createTask(worker("c", 0.5));
      tg.createTask(worker("d", 2));
      await asyncio.sleep(10);
      console.log("the body is never finished");
    });
  } catch (e) {
    if (e instanceof asyncio.ExceptionGroup) {
      console.log(`${e.exceptions.length} error(s): ${(e.exceptions[0] as Error).message}`);
    }
  }
  console.log(`at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
}

asyncio.run(main());
