// One app instance's grading side, as its own process, for the durable-queue test: it works the
// pg-boss queue of the database given as argv[2] with the real runRegradeJob, on a stand-in pool
// whose runs take RUN_MS each (so a job lasts long enough to be killed mid-way). It prints
// "working <jobId>" when it takes a job and "finished <jobId>" when the job is done.
import { parseDatabaseUrl } from '../../db/database-url.ts';
import { createDb } from '../../db/client.ts';
import { projectRoot } from '../../env.ts';
import type { SandboxPool } from '../../runner/pool/sandbox-pool.ts';
import { runResult } from '../../classroom/test-support/run-result.ts';
import { PgBossQueue } from '../pg-boss-queue.ts';
import { runRegradeJob } from '../regrade.ts';

/** Wall time of one stand-in run, in ms. */
const RUN_MS = 400;

const target = parseDatabaseUrl(process.argv[2] ?? '', projectRoot());
if (target.provider !== 'postgresql') throw new Error('grading-instance needs a postgresql:// URL');
const db = createDb(target);
const pool = {
  run: async () => {
    await new Promise((resolve) => setTimeout(resolve, RUN_MS));
    return runResult({ virtualMs: 3000, stats: { wallMs: RUN_MS, cpuMs: 1, events: 0, truncated: false } });
  },
} as unknown as SandboxPool;

const queue = new PgBossQueue(target);
await queue.work(async (jobId) => {
  console.log(`working ${jobId}`);
  await runRegradeJob(db, jobId, { runner: { pool } });
  console.log(`finished ${jobId}`);
});
console.log('ready');
