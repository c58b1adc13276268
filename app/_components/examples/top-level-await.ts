// Example: top-level await with plain setTimeout-based sleeps, no asyncio.run needed.
import type { Example } from './example';

export const topLevelAwaitExample: Example = {
  id: 'top-level-await',
  title: 'Top-level await with Promise.all',
  lesson: 'Without asyncio.run the script itself is the root task. Promise.all waits for the staggered workers, whose lanes start together and end one after another.',
  code: `async function worker(id: number) {
  await sleep(250 * id);
  console.log("worker " + id + " done at " + Date.now() % 100000 + " ms");
  return id * id;
}

const results = await Promise.all([1, 2, 3, 4].map(worker));
console.log(results);
`,
};
