const pool = new asyncio.Semaphore(2);

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
