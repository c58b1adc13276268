async function worker(id: number) {
  await sleep(250 * id);
  console.log("worker " + id + " done at " + Date.now() % 100000 + " ms");
  return id * id;
}

const results = await Promise.all([1, 2, 3, 4].map(worker));
console.log(results);
