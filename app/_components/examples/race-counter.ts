// Race example: several tasks increment one counter with a read, a yield, then a write.
import type { Example } from './example';

export const counterRaceExample: Example = {
  id: 'race-counter',
  title: 'Race: a counter updated by three tasks',
  lesson: 'Each task reads the counter, yields with sleep(0), then writes back what it read plus one. Run prints 1: two updates were lost. Explore shows that this is one of 90 orderings, and that the counter can end at 1, 2 or 3.',
  code: `let counter = 0;

async function increment(name: string) {
  await sleep(10);                 // all three wake at 10 ms
  const seen = counter;            // read
  await sleep(0);                  // yield to the event loop (e.g. a log write)
  counter = seen + 1;              // write back: may overwrite another task's update
}

await Promise.all([increment("a"), increment("b"), increment("c")]);
console.log("counter:", counter);
`,
};

export const counterFixedExample: Example = {
  id: 'race-counter-fixed',
  title: 'Race fixed: increment in one step',
  lesson: 'The read and the write happen in one step with no await between them, so no update is lost. Explore finds exactly one outcome: counter 3.',
  code: `let counter = 0;

async function increment(name: string) {
  await sleep(10);                 // all three wake at 10 ms
  await sleep(0);                  // yield to the event loop (e.g. a log write)
  counter += 1;                    // read and write in one step
}

await Promise.all([increment("a"), increment("b"), increment("c")]);
console.log("counter:", counter);
`,
};
