// Quick measurement (not a test): seed program 3 through runInIsolate vs the bare isolated-vm
// floor (fresh isolate + context + compile + run + dispose of equivalent plain JS).
// Run: source bin/node-env && node --no-node-snapshot lib/runner/sandbox/test-support/measure.ts
import ivm from 'isolated-vm';
import { run } from './instrument-by-hand.ts';
import { seed3 } from './seed-programs.ts';

const N = Number(process.argv[2] ?? 500);
const pct = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(a.length * p)];
const plain = `async function callApi(m, r) { console.log(m); await null; return r }
async function main() { const a = callApi('GOOG', 300); const b = callApi('APPL', 300); console.log(await a); console.log(await b) }
var console = { log() {} }; main();`;

for (let i = 0; i < 50; i++) run(seed3); // warm up (bundle, code cache, JIT)
const full: number[] = [];
for (let i = 0; i < N; i++) {
  const t = performance.now();
  run(seed3);
  full.push(performance.now() - t);
}
const bare: number[] = [];
for (let i = 0; i < N + 50; i++) {
  const t = performance.now();
  const iso = new ivm.Isolate({ memoryLimit: 64 });
  const ctx = iso.createContextSync();
  iso.compileScriptSync(plain).runSync(ctx);
  iso.dispose();
  if (i >= 50) bare.push(performance.now() - t);
}
const f50 = pct(full, 0.5), b50 = pct(bare, 0.5);
console.log(`seed3 full run: p50 ${f50.toFixed(3)} ms, p90 ${pct(full, 0.9).toFixed(3)} ms`);
console.log(`bare floor:     p50 ${b50.toFixed(3)} ms, p90 ${pct(bare, 0.9).toFixed(3)} ms`);
console.log(`ratio p50: ${(f50 / b50).toFixed(2)}`);
