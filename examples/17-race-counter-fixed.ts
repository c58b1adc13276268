let counter = 0;

async function increment(name: string) {
  await sleep(10);                 // all three wake at 10 ms
  await sleep(0);                  // yield to the event loop (e.g. a log write)
  counter += 1;                    // read and write in one step
}

await Promise.all([increment("a"), increment("b"), increment("c")]);
console.log("counter:", counter);
