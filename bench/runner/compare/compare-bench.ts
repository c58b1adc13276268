// `npm run bench:compare` (and the "# comparison" part of `npm run bench`): seed program 3 run by
// Taskline's HTTP API and by the alternatives a user has, measured in one run on this machine and
// printed as one Markdown table. Needs a production server: --url http://localhost:<port>/.
import os from 'node:os';
import path from 'node:path';
import { readFileSync, realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { poolSize } from '../../../lib/env.ts';
import { percentile, timeEach } from '../measure.ts';
import { isolateFloorWay } from './isolate-floor.ts';
import { OutputCheck } from './output-check.ts';
import { plainNodeWay } from './plain-node.ts';
import { processSandboxWay } from './process-sandbox.ts';
import { comparisonTable, type RowFigures } from './table.ts';
import { tasklineWay } from './taskline-api.ts';
import { runsPerSecond } from './throughput.ts';
import type { Way } from './way.ts';
import { seedPath as seedFile } from '../../../lib/runner/corpus/seeds.ts';

/** Concurrent callers for runs/s: one per pool worker (the server's default), then 8. */
const CALLER_COUNTS = [...new Set([poolSize(), 8])];

const { values } = parseArgs({ options: { url: { type: 'string' } } });
if (!values.url) {
  console.error('usage: compare-bench.ts --url http://localhost:<port>/   (a running production server)');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '../../..');
const SEED_PATH = path.relative(root, seedFile('3_other_tasks.ts')); // relative to the repository root
const seedPath = realpathSync(path.join(root, SEED_PATH)); // --allow-fs-read needs the real path
const seed = readFileSync(seedPath, 'utf8');

async function measure(way: Way, expected: readonly string[]): Promise<RowFigures> {
  console.error(`# comparison: ${way.name}…`);
  const check = new OutputCheck(expected);
  const run = async () => check.record(way.name, await way.run());
  for (let i = 0; i < way.warmupRuns; i++) await run();
  const samples = await timeEach(way.latencyRuns, run);
  const rates: number[] = [];
  for (const callers of CALLER_COUNTS) {
    rates.push(way.runsPerSecond ? await way.runsPerSecond(callers, expected) : await runsPerSecond(callers, way.throughput, run));
  }
  return {
    name: way.name,
    p50Ms: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
    runsPerS: rates,
    output: check.summary(),
    note: `${way.note}; p50/p99 of ${way.latencyRuns} sequential runs`,
  };
}

const taskline = tasklineWay(values.url, seed);
const expected = await taskline.run(); // what every other way must print too
const ways = [taskline, plainNodeWay(seedPath), processSandboxWay(seedPath), isolateFloorWay(seed)];
const rows: RowFigures[] = [];
for (const way of ways) rows.push(await measure(way, expected));

console.log(`seed program 3 (${SEED_PATH}) · ${os.availableParallelism()} cores · load average ${os.loadavg()[0]!.toFixed(2)} · Node ${process.version} · pool size ${poolSize()}`);
console.log(comparisonTable(rows, CALLER_COUNTS));
