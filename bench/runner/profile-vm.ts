// Profiles the scheduler's JavaScript with Node's --cpu-prof (isolated-vm's profiler samples too
// coarsely): the bundle and a program run in a node:vm context whose microtasks drain after each
// evaluation, as isolated-vm drains them after each call. Relative figures only.
// bin/tl-node --cpu-prof --cpu-prof-interval 25 --cpu-prof-dir /tmp/prof bench/runner/profile-vm.ts [program.ts]
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { compileCached } from '../../lib/runner/transpile/index.ts';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { schedulerConfig } from '../../lib/runner/sandbox/scheduler-config.ts';
import { CONFIG_GLOBAL, CONFIGURE_GLOBAL, HOST_EMIT_GLOBAL, STEP_GLOBAL } from '../../lib/scheduler/abi.ts';
import { seedPath } from '../../lib/runner/corpus/seeds.ts';

const RUNS = Number(process.env.PROFILE_RUNS ?? 2000);
const file = process.argv.slice(2).find((a) => a.endsWith('.ts'));
const compiled = compileCached(readFileSync(file ?? seedPath('3_other_tasks.ts'), 'utf8'));
if (!compiled.ok) throw new Error(compiled.error.message);
// Unminified (scheduler-bundle.ts minifies whitespace), so profile lines point at functions.
const source = buildSync({
  entryPoints: [fileURLToPath(new URL('../../lib/scheduler/entry.ts', import.meta.url))], bundle: true, format: 'iife',
  target: 'es2023', platform: 'neutral', write: false, minifySyntax: true, banner: { js: '"use strict";' }, logLevel: 'silent',
}).outputFiles[0]!.text;
const bundle = new vm.Script(source, { filename: 'taskline-scheduler.js' });
const program = new vm.Script(compiled.program, { filename: 'main.js' });
const config = JSON.stringify(schedulerConfig());

function once(): { steps: number; ms: number; initMs: number } {
  const t0 = performance.now();
  const context = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
  bundle.runInContext(context);
  const g = vm.runInContext('globalThis', context) as Record<string, unknown>;
  g[HOST_EMIT_GLOBAL] = () => {};
  g[CONFIG_GLOBAL] = config;
  vm.runInContext(`${CONFIGURE_GLOBAL}(); `, context);
  const t1 = performance.now();
  const step = new vm.Script(`globalThis.${STEP_GLOBAL}()`);
  program.runInContext(context);
  let steps = 0;
  for (; steps < 10_000; steps++) if (!(step.runInContext(context) as string).startsWith('[true,')) break;
  return { steps: steps + 1, ms: performance.now() - t1, initMs: t1 - t0 };
}

const ms: number[] = [], init: number[] = [];
let steps = 0;
for (let i = 0; i < RUNS; i++) {
  const r = once();
  ms.push(r.ms); init.push(r.initMs); steps = r.steps;
}
ms.sort((a, b) => a - b); init.sort((a, b) => a - b);
console.log(`steps ${steps}, run p50 ${ms[ms.length >> 1]!.toFixed(3)} ms, context+init p50 ${init[init.length >> 1]!.toFixed(3)} ms`);
