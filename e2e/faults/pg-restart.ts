// Scenario 3, on a throwaway cluster: the app started while PostgreSQL is down, then PostgreSQL
// restarted under load (pg_ctl restart -m fast; a stop, 3 s outage, start). Database requests must
// fail fast with 503 + Retry-After and a clear error (never 500, never hang), runs must keep
// working, and the app must recover by itself.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, sleep, startServer } from '../production-server.ts';
import { readsBackExactly, request, saveSnippet, snippetContent, statusCounts, NO_ANSWER, type Answer } from './http.ts';
import { startLoad, type Recorded } from './load.ts';
import { createPgCluster } from './pg-cluster.ts';
import { Checks, type ScenarioResult } from './scenario.ts';

const PORT = 4403;
const PG_PORT = 4450;
const DB_CLIENTS = 3;
const RUN_CLIENTS = 1;
/** Load before the first fault, and after each recovery, in ms. */
const STEADY_MS = 3_000;
/** How long PostgreSQL stays stopped, in ms. */
const OUTAGE_MS = 3_000;
/** No answer may take longer: the 5 s connection timeout plus slack for two busy cores, in ms. */
const MAX_RESPONSE_MS = 10_000;
/** The app must serve again within this long after PostgreSQL accepts connections, in ms. */
const MAX_RECOVERY_MS = 10_000;

const isOk = (r: Recorded) => r.status >= 200 && r.status < 300;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A clear unavailable answer: 503, Retry-After, and a JSON error that says so. */
function isClear503(r: Answer): boolean {
  const error = (r.body as { error?: unknown } | null)?.error;
  return r.status === 503 && r.retryAfter !== null && typeof error === 'string' && /database is unavailable/.test(error);
}

/** ms from `since` until the first successful database answer to a request sent after it. */
function recoveryMs(records: Recorded[], since: number): number | undefined {
  const ends = records.filter((r) => r.kind === 'db' && r.at >= since && isOk(r)).map((r) => r.at + r.ms);
  return ends.length ? Math.min(...ends) - since : undefined;
}

/** Saves until one is acknowledged; returns how long that took, in ms, or undefined on timeout. */
async function firstSaveMs(base: string): Promise<number | undefined> {
  const began = performance.now();
  while (performance.now() - began < MAX_RECOVERY_MS) {
    if ((await saveSnippet(base, snippetContent(101, 0))).saved) return performance.now() - began;
  }
  return undefined;
}

async function migrate(url: string): Promise<void> {
  await promisify(execFile)(path.join(ROOT, 'bin', 'migrate'), [], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
}

export async function pgRestart(): Promise<ScenarioResult> {
  const checks = new Checks();
  const figures: string[] = [];
  const cluster = await createPgCluster(PG_PORT);
  try {
    await migrate(cluster.url);
    await cluster.stop();
    const server = await startServer(PORT, { DATABASE_URL: cluster.url });
    try {
      const cold = await request(`${server.url}/api/snippets/abcdefghij`);
      checks.expect(isClear503(cold), `with PostgreSQL down from the start a read answered ${cold.status} ${JSON.stringify(cold.body).slice(0, 200)}`);
      await cluster.start();
      const coldRecovery = await firstSaveMs(server.url);
      figures.push(`started while down: ${cold.status} in ${Math.round(cold.ms)} ms, first save ${coldRecovery === undefined ? 'never' : seconds(coldRecovery)} after PostgreSQL came up`);
      checks.expect(coldRecovery !== undefined, 'no save succeeded after PostgreSQL came up');
      const { saved: shared } = await saveSnippet(server.url, snippetContent(100, 0));
      checks.expect(shared !== undefined, 'could not save a snippet before the faults');
      const load = startLoad(server.url, DB_CLIENTS, RUN_CLIENTS);
      await sleep(STEADY_MS);

      const restartAt = load.now();
      await cluster.restartFast();
      const restartedAt = load.now();
      await sleep(STEADY_MS);

      await cluster.stop();
      const stoppedAt = load.now();
      const page = shared ? await request(`${server.url}/s/${shared.id}`) : undefined;
      await sleep(Math.max(0, OUTAGE_MS - (load.now() - stoppedAt)));
      const startAt = load.now();
      await cluster.start();
      const startedAt = load.now();
      await sleep(STEADY_MS);
      await load.stop();

      const db = load.records.filter((r) => r.kind === 'db');
      const inRestart = db.filter((r) => r.at >= restartAt && r.at < restartedAt);
      const restartRecovery = recoveryMs(load.records, restartedAt);
      figures.push(`restart -m fast (${seconds(restartedAt - restartAt)}): db ${statusCounts(inRestart)}, first ok ${restartRecovery === undefined ? 'never' : seconds(restartRecovery)} after`);

      const inOutage = db.filter((r) => r.at >= stoppedAt && r.at < startAt);
      const runsInOutage = load.records.filter((r) => r.kind === 'run' && r.at >= stoppedAt && r.at < startAt);
      const runsOk = runsInOutage.filter((r) => r.status === 200 && (r.body as { status?: string }).status === 'ok').length;
      const outageRecovery = recoveryMs(load.records, startedAt);
      figures.push(`outage ${seconds(startAt - stoppedAt)}: db ${statusCounts(inOutage)}, runs ok ${runsOk}/${runsInOutage.length}, first ok ${outageRecovery === undefined ? 'never' : seconds(outageRecovery)} after PostgreSQL was back`);
      checks.expect(inOutage.length > 0 && inOutage.every(isClear503), `during the outage not every database request was a clear 503: ${statusCounts(inOutage)}`);
      checks.expect(runsInOutage.length > 0 && runsOk === runsInOutage.length, `runs during the outage: ${runsOk}/${runsInOutage.length} ok`);

      const failed = db.filter((r) => !isOk(r));
      const unclear = failed.filter((r) => !isClear503(r));
      checks.expect(unclear.length === 0, `database answers that were not 2xx or a clear 503: ${statusCounts(unclear)} ${JSON.stringify(unclear[0]?.body ?? '').slice(0, 200)}`);
      const slowest = load.records.reduce((a, b) => (b.ms > a.ms ? b : a));
      const longest = slowest.ms;
      const longestDb = Math.max(...db.map((r) => r.ms));
      figures.push(`longest response ${Math.round(longest)} ms (${slowest.kind} ${slowest.status}), database ${Math.round(longestDb)} ms`, `no answer ${load.records.filter((r) => r.status === NO_ANSWER).length}`);
      checks.expect(longest <= MAX_RESPONSE_MS, `a request took ${Math.round(longest)} ms`);
      for (const [what, ms] of [['restart', restartRecovery], ['outage', outageRecovery]] as const) {
        checks.expect(ms !== undefined && ms <= MAX_RECOVERY_MS, `no success within ${MAX_RECOVERY_MS} ms after the ${what}`);
      }
      const tail = db.filter((r) => r.at >= startedAt + STEADY_MS / 2);
      checks.expect(tail.length > 0 && tail.every(isOk), `after recovery the database answers were ${statusCounts(tail)}`);

      if (page) figures.push(`page /s/<id> during outage: ${page.status === NO_ANSWER ? 'no answer' : page.status}`);
      checks.expect(page !== undefined && page.status !== NO_ANSWER, 'the share page got no answer during the outage');
      let lost = 0;
      for (const s of load.acknowledged) if (!(await readsBackExactly(server.url, s))) lost++;
      figures.push(`acknowledged ${load.acknowledged.length}, lost ${lost}`);
      checks.expect(lost === 0, `${lost} acknowledged saves were lost`);
      return checks.result('PostgreSQL restart under load', figures);
    } finally {
      await server.stop();
    }
  } finally {
    await cluster.destroy();
  }
}
