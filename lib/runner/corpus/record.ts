// Records corpus programs from real node: `bin/tl-node lib/runner/corpus/record.ts [program.ts…]`
// (default: every program whose recording is missing or stale; `--all` re-records all). Each is
// run RECORD_RUNS times; it is recorded only if all runs print the same stdout, nothing on
// stderr, and exit the same way. Exits 1 if any program could not be recorded.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, RECORD_RUNS, type Recording, programHash, readRecording, recordingPath, runInNode } from './recording.ts';

async function record(program: string): Promise<string | null> {
  const file = path.join(CORPUS_DIR, program);
  const source = readFileSync(file, 'utf8');
  const first = await runInNode(file);
  if (first.stderr !== '') return `writes to stderr: ${first.stderr.split('\n')[0]}`;
  for (let i = 1; i < RECORD_RUNS; i++) {
    const again = await runInNode(file);
    if (again.stdout !== first.stdout || again.exitCode !== first.exitCode || again.stderr !== '') {
      return `run ${i + 1} of ${RECORD_RUNS} differs from run 1`;
    }
  }
  const recording: Recording = {
    node: process.version, runs: RECORD_RUNS, exitCode: first.exitCode, sha256: programHash(source), stdout: first.stdout,
  };
  writeFileSync(recordingPath(program), JSON.stringify(recording, null, 2) + '\n');
  return null;
}

const args = process.argv.slice(2);
const all = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.ts')).sort();
const wanted = args.filter((a) => a !== '--all').map((a) => path.basename(a));
const programs = wanted.length > 0 ? wanted : all.filter((p) => {
  if (args.includes('--all')) return true;
  const rec = readRecording(p);
  return rec === null || rec.sha256 !== programHash(readFileSync(path.join(CORPUS_DIR, p), 'utf8'));
});
let failed = 0;
for (const program of programs) {
  const problem = await record(program);
  if (problem !== null) failed++;
  console.log(`${problem === null ? 'recorded' : 'NOT recorded'} ${program}${problem === null ? '' : `: ${problem}`}`);
}
console.log(`${programs.length - failed} of ${programs.length} recorded with node ${process.version} (${RECORD_RUNS} runs each)`);
process.exit(failed === 0 ? 0 : 1);
