let config: string | null = null;
let fetches = 0;

async function fetchConfig(): Promise<string> {
  fetches++;
  await sleep(50);                 // a 50 ms network round trip
  return "dark-mode=on";
}

async function getConfig(): Promise<string> {
  if (config === null) config = await fetchConfig();   // check, await, then fill
  return config;
}

async function render() { return "render: " + await getConfig(); }
async function report() {
  await sleep(50);                 // asks just as the first fetch lands
  return "report: " + await getConfig();
}

for (const line of await Promise.all([render(), report()])) console.log(line);
console.log("fetches:", fetches);
