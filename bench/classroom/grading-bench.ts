// Grading throughput: seed-assignment submissions (alternately the sequential starter and the
// createTask solution) run and graded through a sandbox pool, as `name: value` lines.
// Usage: node --no-node-snapshot bench/classroom/grading-bench.ts
import path from 'node:path';
import os from 'node:os';
import { SandboxPool } from '../../lib/runner/pool/sandbox-pool.ts';
import { runCode } from '../../lib/runner/run-code.ts';
import { gradeProgram } from '../../lib/classroom/grade.ts';
import { SEED_ASSIGNMENT } from '../../lib/classroom/seed-assignment.ts';
import { example } from '../../lib/examples/catalog.ts';

const createTaskExample = example('create-task');

/** How long the measurement runs, in seconds. */
const MEASURE_S = 5;
/** Submissions graded before measuring, to warm workers and V8. */
const WARMUP_SUBMISSIONS = 100;
/** Concurrent graders: twice the workers, so no worker idles between runs. */
const POOL_SIZE = Math.max(1, Math.min(4, os.availableParallelism()));
const CALLERS = POOL_SIZE * 2;

const root = path.resolve(import.meta.dirname, '../..');
const pool = new SandboxPool({ workerScript: path.join(root, 'lib/runner/sandbox/worker.ts'), size: POOL_SIZE, maxQueued: 1000 });
// No result cache: every submission really runs, as it would for distinct student code.
const run = (code: string) => runCode(code, { pool });
const programs = [SEED_ASSIGNMENT.starterCode, createTaskExample.code];

async function gradeOne(i: number): Promise<number> {
  const { grade } = await gradeProgram(programs[i % 2]!, SEED_ASSIGNMENT.checks, run);
  return grade.score;
}

async function main() {
  const scores = [await gradeOne(0), await gradeOne(1)];
  if (scores[0] !== 10 || scores[1] !== 100) throw new Error(`seed assignment misgraded: ${scores.join(', ')}`);
  for (let i = 0; i < WARMUP_SUBMISSIONS; i++) await gradeOne(i);
  let done = 0;
  const until = performance.now() + MEASURE_S * 1000;
  const caller = async () => { while (performance.now() < until) await gradeOne(done++); };
  await Promise.all(Array.from({ length: CALLERS }, caller));
  console.log(`grading_pool_workers: ${POOL_SIZE}`);
  console.log(`grading_submissions_per_s: ${(done / MEASURE_S).toFixed(1)}`);
  await pool.close();
}

await main();
