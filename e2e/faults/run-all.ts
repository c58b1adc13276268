// Runs the fault scenarios against real production servers, one after another, and prints one
// PASS/FAIL table with each scenario's figures; exits 1 if any failed. Usage: run-all.ts [name…]
import { workerKill } from './worker-kill.ts';
import { appKill } from './app-kill.ts';
import { pgRestart } from './pg-restart.ts';
import { diskFull } from './disk-full.ts';
import { regradeKill } from './regrade-kill.ts';
import type { ScenarioResult } from './scenario.ts';

const SCENARIOS: Record<string, () => Promise<ScenarioResult>> = {
  'worker-kill': workerKill,
  'app-kill': appKill,
  'pg-restart': pgRestart,
  'disk-full': diskFull,
  'regrade-kill': regradeKill,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SCENARIOS));
if (unknown.length) {
  console.error(`unknown scenario ${unknown.join(', ')}; choose from ${Object.keys(SCENARIOS).join(', ')}`);
  process.exit(2);
}

const results: ScenarioResult[] = [];
for (const [name, scenario] of Object.entries(SCENARIOS)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`faults: ${name} …`);
  const started = performance.now();
  const result = await scenario().catch((error: unknown): ScenarioResult => ({ name, pass: false, figures: '', failures: [`scenario threw: ${String(error)}`] }));
  console.log(`faults: ${name} ${result.pass ? 'PASS' : 'FAIL'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const failure of result.failures) console.log(`  ✗ ${failure}`);
  results.push(result);
}

console.log('\n| scenario | result | figures |\n|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.pass ? 'PASS' : 'FAIL'} | ${r.figures} |`);
process.exit(results.every((r) => r.pass) ? 0 : 1);
