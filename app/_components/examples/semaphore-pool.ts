// Example: a Semaphore lets at most two downloads run at a time out of six.
import type { Example } from './example';

export const semaphorePoolExample: Example = {
  id: 'semaphore-pool',
  title: 'Semaphore: a pool of two',
  lesson: 'All six downloads start at once, but only two hold the semaphore at a time: the others show a waiting span on acquire() until a slot frees up.',
  code: `const pool = new asyncio.Semaphore(2);

async function download(file: string, seconds: number) {
  await pool.acquire();
  try {
    console.log("downloading " + file);
    await asyncio.sleep(seconds);
    console.log("finished " + file);
  } finally {
    pool.release();
  }
}

async function main() {
  const files = ["a.zip", "b.zip", "c.zip", "d.zip", "e.zip", "f.zip"];
  await asyncio.gather(...files.map((file, i) => download(file, 1 + (i % 3))));
  console.log("all downloads finished");
}

asyncio.run(main());
`,
};
