const pingSent = new asyncio.Event();
const pongSent = new asyncio.Event();

async function ping() {
  await asyncio.sleep(1);
  await pongSent.wait(); // waits for pong first...
  pingSent.set();
}

async function pong() {
  await pingSent.wait(); // ...while pong waits for ping
  pongSent.set();
}

async function main() {
  await asyncio.gather(ping(), pong());
  console.log("never printed");
}

asyncio.run(main());
