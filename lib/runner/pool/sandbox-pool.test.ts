// Pool behaviour that the golden tests cannot reach: workers that cannot start at all, fairness
// between clients, per-client and overall bounds, the queue-wait limit, cancellation.
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SandboxPool } from './sandbox-pool.ts';

describe('SandboxPool with a worker that dies while starting', () => {
  it('backs off instead of respawning in a loop, and answers queued runs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tl-pool-'));
    const starts = path.join(dir, 'starts');
    const script = path.join(dir, 'broken-worker.mjs');
    writeFileSync(script, `import { appendFileSync } from 'node:fs'; appendFileSync(${JSON.stringify(starts)}, 'x'); process.exit(3);`);
    const pool = new SandboxPool({ workerScript: script, size: 1 });
    const started = performance.now();
    const result = await pool.run('console.log(1)');
    const elapsed = performance.now() - started;
    await pool.close();
    expect(result.status).toBe('crash');
    expect(result.error?.name).toBe('SandboxUnavailable');
    // 3 failures with 100 ms and 200 ms pauses between them: bounded, not a tight loop
    const startCount = existsSync(starts) ? readFileSync(starts, 'utf8').length : 0;
    rmSync(dir, { recursive: true, force: true });
    expect(startCount).toBeLessThanOrEqual(4);
    expect(elapsed).toBeGreaterThanOrEqual(300);
  });
});

const WORKER = path.join(import.meta.dirname, '..', 'sandbox', 'worker.ts');
/** CPU-bound but short: a few ms of work. */
const SHORT_CPU = 'let x = 0; for (let i = 0; i < 1e6; i++) x += i; console.log(x > 0);';
/** Runs into the CPU limit (status timeout): holds a worker for MAX_CPU_MS. */
const SPIN = 'let x = 0; while (true) x++;';

describe('SandboxPool fairness between clients (real workers)', () => {
  it("a flood of 50 CPU-bound runs from one client delays another client's run by at most one run", async () => {
    const pool = new SandboxPool({ workerScript: WORKER, size: 1, maxQueuedPerClient: 64 });
    try {
      await pool.run('1');
      const finished: string[] = [];
      const flood = Array.from({ length: 50 }, (_, i) => pool.run(SHORT_CPU, 'flood').then((r) => finished.push(`flood-${i}:${r.status}`)));
      const benign = await pool.run('console.log("hi")', 'user');
      expect(benign.status).toBe('ok');
      // one worker: runs finish in the order they were dispatched
      expect(finished).toEqual(['flood-0:ok']);
      await Promise.all(flood);
      expect(finished).toHaveLength(50);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('answers busy beyond the per-client cap and beyond the overall bound, at once', async () => {
    const pool = new SandboxPool({ workerScript: WORKER, size: 1, maxQueued: 3, maxQueuedPerClient: 2 });
    try {
      await pool.run('1');
      const holder = pool.run(SPIN, 'holder');
      const queued = [pool.run('1', 'a'), pool.run('2', 'a')];
      const overCap = await pool.run('3', 'a');
      expect(overCap.status).toBe('busy');
      expect(overCap.error?.message).toMatch(/you already have 2 runs waiting/);
      queued.push(pool.run('1', 'b'));
      const overBound = await pool.run('1', 'c');
      expect(overBound.status).toBe('busy');
      expect(overBound.error?.message).toMatch(/3 runs are already waiting/);
      expect(pool.queued).toBe(3);
      expect((await holder).status).toBe('timeout');
      expect((await Promise.all(queued)).map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a heavy client holds one worker at most, so another client runs at once on the other', async () => {
    const pool = new SandboxPool({ workerScript: WORKER, size: 2 });
    try {
      await Promise.all([pool.run('1'), pool.run('2')]);
      expect((await pool.run(SPIN, 'attacker')).status).toBe('timeout'); // now heavy
      const order: string[] = [];
      const spins = [1, 2].map((i) => pool.run(SPIN, 'attacker').then((r) => order.push(`spin-${i}:${r.status}`)));
      const benign = await pool.run('console.log("hi")', 'user');
      expect(benign.status).toBe('ok');
      expect(order).toEqual([]);
      expect(pool.queued).toBe(1); // spin-2 waits for spin-1 although a worker is free
      await Promise.all(spins);
      expect(order).toEqual(['spin-1:timeout', 'spin-2:timeout']);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('answers busy when a run waited longer than the queue-wait limit', async () => {
    const pool = new SandboxPool({ workerScript: WORKER, size: 1, maxQueueWaitMs: 200 });
    try {
      while ((await pool.run('1')).status === 'busy'); // the worker may take longer than 200 ms to start
      let holderDone = false;
      const holder = pool.run(SPIN, 'holder').then((r) => { holderDone = true; return r; });
      const waited = await pool.run('1', 'user');
      expect(waited.status).toBe('busy');
      expect(waited.error?.message).toMatch(/no sandbox became free within 0.2 s/);
      expect(holderDone).toBe(false);
      expect(pool.queued).toBe(0);
      expect((await holder).status).toBe('timeout');
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('SandboxPool cancellation (real workers)', () => {
  it('takes a cancelled run out of the queue at once; the run on a worker goes on', async () => {
    const pool = new SandboxPool({ workerScript: WORKER, size: 1 });
    try {
      await pool.run('1');
      let holderDone = false;
      const holder = pool.run(SPIN, 'holder').then((r) => { holderDone = true; return r; });
      const controller = new AbortController();
      const queued = pool.run('1', 'user', controller.signal);
      expect(pool.queued).toBe(1);
      controller.abort();
      const cancelled = await queued;
      expect(cancelled.status).toBe('busy');
      expect(cancelled.error?.message).toMatch(/cancelled/);
      expect(pool.queued).toBe(0);
      expect(holderDone).toBe(false);
      expect((await holder).status).toBe('timeout');
      expect((await pool.run('1', 'user', AbortSignal.abort())).error?.message).toMatch(/cancelled/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
