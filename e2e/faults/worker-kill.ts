// Scenario 1: kill -9 of a sandbox worker in the middle of a run. That run must answer 200 with
// status `crash` and a clear message, and the pool must replace the worker: the next runs are `ok`.
// The pool has one worker, so every run after the kill needs the replacement.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuTicks, sandboxWorkers, sleep, startServer, type Server } from '../production-server.ts';
import { postJson, type Answer } from './http.ts';
import { Checks, type ScenarioResult } from './scenario.ts';

const PORT = 4401;
/** Busy for about a second of CPU: well under the 2 s CPU limit, long enough to be caught. */
const BUSY_PROGRAM = 'let n = 0; for (let i = 0; i < 4e8; i++) n += i % 7; console.log(n);';
/** A quick program that differs each call, so the server's result cache cannot answer it. */
let quickRuns = 0;
const quickProgram = () => `await sleep(1000); console.log("ok ${++quickRuns}");`;
/** Runs after the kill that must all be `ok`. */
const RUNS_AFTER_KILL = 5;
/** How often to sample the workers' CPU time while looking for the busy one, in ms. */
const SAMPLE_MS = 100;
/** Longest to wait for the replacement pool to answer `ok`, in ms. */
const RECOVERY_TIMEOUT_MS = 30_000;

/** The worker whose CPU time grows while the busy program runs. */
async function busyWorker(server: Server): Promise<number | undefined> {
  const before = new Map(sandboxWorkers(server).map((pid) => [pid, cpuTicks(pid)]));
  await sleep(SAMPLE_MS * 3);
  let best: number | undefined;
  let bestGain = 0;
  for (const [pid, ticks] of before) {
    const gain = cpuTicks(pid) - ticks;
    if (gain > bestGain) [best, bestGain] = [pid, gain];
  }
  return best;
}

function runStatus(answer: Answer): string {
  return (answer.body as { status?: string } | null)?.status ?? `http ${answer.status}`;
}

export async function workerKill(): Promise<ScenarioResult> {
  const checks = new Checks();
  const figures: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskline-faults-worker-'));
  const server = await startServer(PORT, { DATABASE_URL: `file:${path.join(dir, 'unused.db')}`, TASKLINE_POOL_SIZE: '1' });
  try {
    // The pool starts with the first run; warm it so the workers exist.
    checks.expect(runStatus(await postJson(`${server.url}/api/run`, { code: quickProgram() })) === 'ok', 'warm-up run was not ok');
    const workersBefore = sandboxWorkers(server);
    figures.push(`workers ${workersBefore.length}`);
    const busyRun = postJson(`${server.url}/api/run`, { code: BUSY_PROGRAM });
    const victim = await busyWorker(server);
    if (!checks.expect(victim !== undefined, 'no sandbox worker was busy during the CPU loop')) return checks.result('worker kill -9', figures);
    process.kill(victim!, 'SIGKILL');
    const killedAt = performance.now();
    const answer = await busyRun;
    const body = answer.body as { status?: string; error?: { message?: string } } | null;
    figures.push(`killed run: ${answer.status} ${body?.status}`);
    checks.expect(answer.status === 200 && body?.status === 'crash', `the killed run answered ${answer.status} ${body?.status}, not 200 crash`);
    checks.expect(/sandbox process died/.test(body?.error?.message ?? ''), `unclear crash message: ${body?.error?.message}`);
    // Recovery: the first `ok` after the kill, then a few more in a row.
    let recoveredMs: number | undefined;
    while (performance.now() - killedAt < RECOVERY_TIMEOUT_MS) {
      if (runStatus(await postJson(`${server.url}/api/run`, { code: quickProgram() })) === 'ok') {
        recoveredMs = performance.now() - killedAt;
        break;
      }
    }
    figures.push(recoveredMs === undefined ? 'no recovery' : `first ok ${Math.round(recoveredMs)} ms after the kill`);
    checks.expect(recoveredMs !== undefined, 'no run was ok after the kill');
    const after = await Promise.all(Array.from({ length: RUNS_AFTER_KILL }, () => postJson(`${server.url}/api/run`, { code: quickProgram() })));
    const okAfter = after.filter((a) => runStatus(a) === 'ok').length;
    figures.push(`runs ok after ${okAfter}/${RUNS_AFTER_KILL}`);
    checks.expect(okAfter === RUNS_AFTER_KILL, `only ${okAfter}/${RUNS_AFTER_KILL} runs were ok after the kill`);
    const workersAfter = sandboxWorkers(server);
    checks.expect(!workersAfter.includes(victim!) && workersAfter.length === workersBefore.length, `workers after: ${workersAfter.length} (before ${workersBefore.length})`);
    figures.push(`workers after ${workersAfter.length}`);
    return checks.result('worker kill -9', figures);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
