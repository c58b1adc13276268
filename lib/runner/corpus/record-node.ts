// Records what real Node 24 prints for corpus programs: each runs RUNS_PER_PROGRAM times (as the
// differential test runs node: type stripping, no warnings) and must give the same stdout and
// exit code every time; the recording goes to corpus/ordering/recorded/<program>.json.
// Usage: bin/tl-node lib/runner/corpus/record-node.ts <name-prefix>…   (e.g. timers- quiz- globals-)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const RUNS_PER_PROGRAM = 5;
/** Longest a corpus program may take under node, in ms. */
const NODE_TIMEOUT_MS = 10_000;
const DIR = path.join(import.meta.dirname, 'ordering');
const OUT = path.join(DIR, 'recorded');

export interface Recording { stdout: string; exitCode: number; node: string; runs: number }

function runOnce(file: string): { stdout: string; exitCode: number } {
  const r = spawnSync(process.execPath, ['--no-warnings', '--experimental-strip-types', file], {
    cwd: DIR, encoding: 'utf8', timeout: NODE_TIMEOUT_MS,
  });
  if (r.error) throw r.error;
  if (r.stderr !== '' && r.status === 0) throw new Error(`${path.basename(file)} wrote to stderr under node: ${r.stderr}`);
  return { stdout: r.stdout.replace(/\n$/, ''), exitCode: r.status ?? -1 };
}

const prefixes = process.argv.slice(2);
if (prefixes.length === 0) {
  process.stderr.write('usage: record-node.ts <name-prefix>…\n');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
let failed = 0;
for (const name of readdirSync(DIR).filter((f) => f.endsWith('.ts') && prefixes.some((p) => f.startsWith(p))).sort()) {
  const runs = Array.from({ length: RUNS_PER_PROGRAM }, () => runOnce(path.join(DIR, name)));
  const first = runs[0]!;
  if (runs.some((r) => r.stdout !== first.stdout || r.exitCode !== first.exitCode)) {
    failed++;
    process.stderr.write(`${name}: node gave different results over ${RUNS_PER_PROGRAM} runs; not recorded\n`);
    continue;
  }
  const recording: Recording = { ...first, node: process.version, runs: RUNS_PER_PROGRAM };
  writeFileSync(path.join(OUT, name.replace(/\.ts$/, '.json')), `${JSON.stringify(recording, null, 2)}\n`);
  process.stdout.write(`${name}: recorded (exit ${first.exitCode})\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
