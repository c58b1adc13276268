// Example: blockFor simulates CPU-bound work that freezes the event loop for every task.
import type { Example } from './example';

export const blockForExample: Example = {
  id: 'block-for',
  title: 'blockFor: blocking the loop',
  lesson: 'The ticker should print every 0.5 s, but the 2 s blockFor holds the whole loop: no task runs during the blocking span, and the ticks due meanwhile all fire late.',
  code: `async function ticker() {
  for (let i = 1; i <= 6; i++) {
    await asyncio.sleep(0.5);
    console.log("tick " + i);
  }
}

async function crunchNumbers() {
  await asyncio.sleep(1);
  console.log("crunching...");
  blockFor(2000); // CPU-bound: nothing else can run
  console.log("crunched");
}

async function main() {
  await asyncio.gather(ticker(), crunchNumbers());
}

asyncio.run(main());
`,
};
