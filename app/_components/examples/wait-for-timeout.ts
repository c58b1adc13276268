// Example: asyncio.waitFor races a call against a timeout and cancels the loser.
import type { Example } from './example';

export const waitForTimeoutExample: Example = {
  id: 'wait-for-timeout',
  title: 'waitFor: race with a timeout',
  lesson: 'The fast query beats its 2 s deadline; the slow one is cancelled at 2 s, so its lane stops early and main carries on after the TimeoutError.',
  code: `async function query(name: string, seconds: number) {
  console.log(name + " started");
  await asyncio.sleep(seconds);
  return name + " done";
}

async function main() {
  console.log(await asyncio.waitFor(query("fast query", 1), 2));
  try {
    console.log(await asyncio.waitFor(query("slow query", 5), 2));
  } catch (error) {
    console.log("gave up: " + (error as Error).name);
  }
}

asyncio.run(main());
`,
};
