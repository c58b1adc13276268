// Race example: a lazily initialised cache, fetched twice when two tasks ask at the same moment.
import type { Example } from './example';

export const cacheRaceExample: Example = {
  id: 'race-cache',
  title: 'Race: lazy cache fetched twice',
  lesson: 'The report task asks for the config at 50 ms, just as the first fetch lands. Run shows one fetch; Explore shows the ordering where the report checks the cache first and fetches it a second time.',
  code: `let config: string | null = null;
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
`,
};

export const cacheFixedExample: Example = {
  id: 'race-cache-fixed',
  title: 'Race fixed: cache the promise, not the value',
  lesson: 'The first caller stores the fetch itself (a promise) before awaiting it, so every later caller awaits the same fetch. Explore finds exactly one outcome: one fetch.',
  code: `let config: Promise<string> | null = null;
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
`,
};
