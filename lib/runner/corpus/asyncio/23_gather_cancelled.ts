async function sleeper(name: string) {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) console.log(`${name} cancelled`);
    throw e;
  }
}

async function main() {
  const group = asyncio.gather(sleeper("x"), sleeper("y"));
  await asyncio.sleep(1);
  console.log(group.cancel() ? "cancel accepted" : "cancel refused");
  try {
    await group;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) console.log("awaiting the gather raised CancelledError");
  }
  console.log(group.cancelled() ? "cancelled" : "not cancelled");
}

asyncio.run(main());
