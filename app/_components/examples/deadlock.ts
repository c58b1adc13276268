// Example: two tasks each wait for the other's signal, so neither ever runs again.
import type { Example } from './example';

export const deadlockExample: Example = {
  id: 'deadlock',
  title: 'Deadlock: waiting on each other',
  lesson: 'Each task waits for an event only the other would set. At 1 s both lanes are waiting and no timer is left, so the runner reports a deadlock and names both blocked tasks.',
  code: `const pingSent = new asyncio.Event();
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
`,
};
