async function slowQuery() {
  try {
    await asyncio.sleep(5);
    return "rows";
  } catch (e) {
    console.log("query cancelled, closing the connection");
    await asyncio.sleep(0.5);
    console.log("connection closed");
    throw e;
  }
}

async function main() {
  try {
    await asyncio.waitFor(slowQuery(), 1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) {
      console.log(`TimeoutError at ${Math.round(asyncio.getRunningLoop().time() * 1000)}`);
    }
  }
}

asyncio.run(main());
