// Shared by the hostile-*.test.ts suites: enumerates the corpus, runs a set of its programs
// through a pool of two sandbox workers (two at a time), and checks what every run must show.
// Files here whose names start with "_" are helpers, not corpus programs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from '../pool/sandbox-pool.ts';
import { runCode } from '../run-code.ts';
import { MAX_WALL_MS, WORKER_KILL_GRACE_MS } from '../limits.ts';
import type { RunResult, RunStatus, TaskTrace } from '../protocol.ts';
import { seedPath } from '../corpus/seeds.ts';

export const HOSTILE_DIR = import.meta.dirname;
const SEED_3 = seedPath('3_other_tasks.ts');
/**
 * Expected status of each program. A list means the run races two limits and either is right: a
 * memory bomb thrashing V8's GC near the heap limit may use up its CPU budget first on a loaded
 * machine (the check then asserts which limit it names).
 */
export const expected = JSON.parse(readFileSync(path.join(HOSTILE_DIR, 'expected.json'), 'utf8')) as Record<string, RunStatus | RunStatus[]>;
/** The corpus: every .ts file in hostile/ except helpers (names starting with "_"). */
export const corpus = readdirSync(HOSTILE_DIR).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).sort();
export const source = (file: string) => readFileSync(path.join(HOSTILE_DIR, file), 'utf8');
/** 1-based line of the first line of `file` containing `needle`. */
export const lineOf = (file: string, needle: string) => source(file).split('\n').findIndex((l) => l.includes(needle)) + 1;
export const texts = (r: RunResult) => r.console.map((l) => l.text);
export const named = (r: RunResult, name: string) => r.tasks.filter((t: TaskTrace) => t.name === name);
export type Check = (r: RunResult, file: string) => void;

/** The benign part every tampering program runs after sabotaging a built-in (tasks start lazily: 'scheduled' first). */
export function benignPartIsTracedCorrectly(r: RunResult): void {
  expect(r.console.filter((l) => l.t > 0).map((l) => [l.t, l.text])).toEqual([[1000, 'b done'], [2000, 'a done'], [2000, 'a b']]);
  expect(r.virtualMs).toBe(2000);
  expect(named(r, 'main')).toMatchObject([{ createdAt: 0, settledAt: 2000, state: 'fulfilled' }]);
  const workers = named(r, 'worker');
  expect(workers.map((w) => [w.settledAt, w.state])).toEqual([[2000, 'fulfilled'], [1000, 'fulfilled']]);
  expect(workers.map((w) => w.spans.filter((s) => s.kind === 'waiting').map((s) => s.detail))).toEqual([['scheduled', 'sleep(2000)'], ['scheduled', 'sleep(1000)']]);
  expect(r.warnings).toEqual([]);
}

interface Outcome { result: RunResult; outsideMs: number }

/** The pool's own deadline for a run: past it the worker is killed whatever it is doing. */
export const POOL_KILL_DEADLINE_MS = MAX_WALL_MS + WORKER_KILL_GRACE_MS;
/**
 * Time from that deadline until the killed run's result reaches the caller, in ms: the host's
 * kill timer firing late, SIGKILL and exit of a worker holding up to MAX_WORKER_RSS_MB, its stderr
 * pipe's EOF ('close' settles the run) and the promise chain back here. On a quiet machine an
 * uninterruptible built-in is stopped by the CPU-time kill at ~2.5 s, far inside the deadline;
 * under load (~14 on 2 cores) the worker gets a fraction of a core, so the wall deadline stops it
 * first, and six such runs ended 0.12–0.70 s past it (6.1–6.7 s). The old bound (the deadline
 * itself, `MAX_WALL_MS + 1000`) left no room for any of that. 1.5 s is twice the worst seen.
 */
export const KILL_SETTLE_SLACK_MS = 1_500;

/**
 * Registers a suite that runs the programs named in `checks` and asserts, for each, its expected
 * status, an end within the wall limit measured from outside, and its specific check; then that
 * no worker was lost except by a run that reported it, and that seed program 3 still runs right.
 */
export function hostileSuite(title: string, checks: Record<string, Check>): void {
  const files = Object.keys(checks).sort();
  const outcomes = new Map<string, Outcome>();
  let pool: SandboxPool;
  let pidsBefore: number[] = [];
  let pidsAfter: number[] = [];

  /**
   * Times each program from outside: from the moment the pool hands it to a worker (runs leave
   * the queue in FIFO order) until its result arrives. Time queued behind a worker being replaced
   * is not the program's.
   */
  beforeAll(async () => {
    pool = new SandboxPool({ workerScript: path.join(HOSTILE_DIR, '..', 'sandbox', 'worker.ts'), size: 2 });
    await Promise.all([runCode('1', { pool }), runCode('2', { pool })]); // both workers up
    pidsBefore = pool.workerPids();
    const dispatchedAt: number[] = [];
    let submitted = 0;
    const watch = () => {
      for (let i = dispatchedAt.length; i < submitted - pool.queued; i++) dispatchedAt.push(performance.now());
    };
    const watcher = setInterval(watch, 2);
    const todo = [...files];
    const lane = async () => {
      for (let file = todo.shift(); file; file = todo.shift()) {
        const index = submitted++;
        const running = runCode(source(file), { pool });
        watch();
        const result = await running;
        watch();
        outcomes.set(file, { result, outsideMs: performance.now() - dispatchedAt[index]! });
      }
    };
    await Promise.all([lane(), lane()]);
    clearInterval(watcher);
    pidsAfter = pool.workerPids();
  }, 180_000);
  afterAll(() => pool.close());

  describe(`hostile programs: ${title}`, () => {
    it('every program checked here is in the corpus with an expected status', () => {
      for (const f of files) {
        expect(corpus).toContain(f);
        expect(expected[f], f).toBeDefined();
      }
    });

    it.each(files)('%s', (file) => {
      const outcome = outcomes.get(file);
      expect(outcome, `${file} did not run`).toBeDefined();
      const { result, outsideMs } = outcome!;
      const summary = JSON.stringify({ status: result.status, error: result.error, console: texts(result).slice(0, 5).map((t) => t.slice(0, 200)), warnings: result.warnings.slice(0, 3) });
      expect([expected[file]].flat(), summary).toContain(result.status);
      expect(outsideMs).toBeLessThan(POOL_KILL_DEADLINE_MS + KILL_SETTLE_SLACK_MS);
      checks[file]!(result, file);
    });

    it('every worker is the one it started with, unless a run reported that its worker died', () => {
      // A worker stopped by the pool's deadline or aborted by V8 out of heap says "was stopped".
      const reportedDead = [...outcomes.values()].filter(({ result: r }) =>
        r.status === 'crash' || (['TimeoutError', 'MemoryError', 'LimitError'].includes(r.error?.name ?? '') && r.error!.message.includes('was stopped')));
      const lost = pidsBefore.filter((pid) => !pidsAfter.includes(pid));
      expect(pidsBefore).toHaveLength(2);
      expect(pidsAfter).toHaveLength(2);
      expect(lost.length).toBeLessThanOrEqual(reportedDead.length);
      if (reportedDead.length === 0) expect(pidsAfter.sort()).toEqual(pidsBefore.sort());
    });

    it('the pool still serves seed program 3 correctly afterwards', async () => {
      const result = await runCode(readFileSync(SEED_3, 'utf8'), { pool });
      expect(result.status).toBe('ok');
      expect(result.virtualMs).toBe(3000);
      expect(texts(result)).toEqual([
        'Get stock price of GOOG...', 'Get stock price of APPL...', 'API call is in progress...', 'API call is in progress...',
        'API call is in progress...', '300', '300', 'It took 3 second(s) to complete.',
      ]);
    });
  });
}
