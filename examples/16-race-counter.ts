let counter = 0;

async function increment(name: string) {
  await sleep(10);                 // all three wake at 10 ms
  const seen = counter;            // read
  await sleep(0);                  // yield to the event loop (e.g. a log write)
  counter = seen + 1;              // write back: may overwrite another task's update
}

await Promise.all([increment("a"), increment("b"), increment("c")]);
console.log("counter:", counter);
