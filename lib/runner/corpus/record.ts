// Records what real Node prints for the differential corpus: each program runs RECORD_RUNS times
// under this Node (bin/tl-node, Node 24); stdout and exit code must be the same every time, and
// stderr empty, or nothing is written. Usage: bin/tl-node lib/runner/corpus/record.ts [program…]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A recording is trusted only if this many runs agree byte for byte. */
export const RECORD_RUNS = 5;
/** One program may take at most this long under Node (ms). */
const RUN_TIMEOUT_MS = 10_000;
export const CORPUS_DIR = path.join(import.meta.dirname, 'ordering');
export const RECORDED_DIR = path.join(import.meta.dirname, 'recorded');

export interface Recording { node: string; runs: number; exitCode: number; stdout: string }

/** The corpus programs (plain JS or TypeScript that Node runs with its type stripping). */
export function corpusPrograms(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => /\.(ts|js)$/.test(f)).sort();
}

export function recordingPath(program: string): string {
  return path.join(RECORDED_DIR, `${program}.json`);
}

function runOnce(program: string): { exitCode: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--no-warnings', '--experimental-strip-types', program], {
    cwd: CORPUS_DIR, encoding: 'utf8', timeout: RUN_TIMEOUT_MS,
  });
  return { exitCode: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the program RECORD_RUNS times; the recording, or why there is none. */
export function record(program: string): Recording | { error: string } {
  let first: ReturnType<typeof runOnce> | undefined;
  for (let i = 0; i < RECORD_RUNS; i++) {
    const run = runOnce(program);
    if (run.stderr !== '') return { error: `wrote to stderr: ${run.stderr.slice(0, 200)}` };
    if (first && (run.stdout !== first.stdout || run.exitCode !== first.exitCode)) return { error: `run ${i + 1} differs from run 1` };
    first ??= run;
  }
  return { node: process.version, runs: RECORD_RUNS, exitCode: first!.exitCode, stdout: first!.stdout };
}

if (import.meta.main) {
  const wanted = process.argv.slice(2).map((p) => path.basename(p));
  mkdirSync(RECORDED_DIR, { recursive: true });
  let failed = 0;
  for (const program of wanted.length ? wanted : corpusPrograms()) {
    const r = record(program);
    if ('error' in r) {
      failed++;
      console.error(`${program}: NOT recorded: ${r.error}`);
      continue;
    }
    writeFileSync(recordingPath(program), JSON.stringify(r, null, 2) + '\n');
    console.log(`${program}: exit ${r.exitCode}, ${r.stdout.split('\n').length - 1} lines, ${r.runs} identical runs`);
  }
  process.exitCode = failed ? 1 : 0;
}
