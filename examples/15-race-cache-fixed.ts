let config: Promise<string> | null = null;
let fetches = 0;

async function fetchConfig(): Promise<string> {
  fetches++;
  await sleep(50);                 // a 50 ms network round trip
  return "dark-mode=on";
}

function getConfig(): Promise<string> {
  config ??= fetchConfig();        // stored before anyone awaits it
  return config;
}

async function render() { return "render: " + await getConfig(); }
async function report() {
  await sleep(50);                 // asks just as the first fetch lands
  return "report: " + await getConfig();
}

for (const line of await Promise.all([render(), report()])) console.log(line);
console.log("fetches:", fetches);
