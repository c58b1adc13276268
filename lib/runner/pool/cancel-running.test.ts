// Stop means stop: a caller's aborted signal takes a queued run out before it ever reaches a worker,
// and stops a run already executing by killing its worker (which cannot read messages while it
// runs a program), so the CPU is free at once and a fresh worker takes the slot.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SandboxPool } from './sandbox-pool.ts';
import { MAX_CPU_MS } from '../limits.ts';

const WORKER = path.join(import.meta.dirname, '..', 'sandbox', 'worker.ts');
const SPIN = 'let x = 0; while (true) x++;';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A stand-in worker speaking the pool's protocol: it logs every run it receives and every run it
 * finishes, and takes `holdMs` to finish one (like a program computing). Each start logs `ready`.
 */
const madeDirs: string[] = [];
afterAll(() => { for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true }); });

function fakeWorker(holdMs: number): { script: string; log: () => string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tl-cancel-'));
  madeDirs.push(dir);
  const log = path.join(dir, 'log');
  const script = path.join(dir, 'fake-worker.mjs');
  writeFileSync(log, '');
  writeFileSync(script, `
    import { appendFileSync } from 'node:fs';
    const note = (s) => appendFileSync(${JSON.stringify(log)}, s + '\\n');
    process.on('message', (m) => {
      if (m?.type !== 'run') return;
      note('run ' + m.code);
      setTimeout(() => {
        note('done ' + m.code);
        process.send({ type: 'done', runId: m.runId, chunks: [], ending: { status: null, wallMs: ${holdMs}, cpuMs: 1 } });
      }, ${holdMs});
    });
    process.on('disconnect', () => process.exit(0));
    note('ready');
    process.send({ type: 'ready' });
  `);
  return { script, log: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('cancelling runs (protocol-level worker)', () => {
  it('a run cancelled while queued never reaches a worker; the next one does', async () => {
    const fake = fakeWorker(300);
    const pool = new SandboxPool({ workerScript: fake.script, size: 1 });
    try {
      await pool.run('warm');
      const first = pool.run('first', 'a');
      const controller = new AbortController();
      const second = pool.run('second', 'b', controller.signal);
      expect(pool.queued).toBe(1);
      controller.abort();
      expect((await second).error?.message).toMatch(/cancelled/);
      await first;
      await pool.run('third', 'c');
      expect(fake.log()).toEqual(['ready', 'run warm', 'done warm', 'run first', 'done first', 'run third', 'done third']);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('a run cancelled while executing is stopped: its worker never finishes it and a fresh one takes the slot', async () => {
    const fake = fakeWorker(60_000);
    const pool = new SandboxPool({ workerScript: fake.script, size: 1 });
    try {
      while (!fake.log().includes('ready')) await new Promise((r) => setTimeout(r, 20));
      const controller = new AbortController();
      const long = pool.run('long', 'a', controller.signal);
      while (!fake.log().includes('run long')) await new Promise((r) => setTimeout(r, 20));
      const [pid] = pool.workerPids();
      controller.abort();
      const stopped = await long;
      expect(stopped.status).toBe('busy');
      expect(stopped.error?.message).toMatch(/stopped because the client went away/);
      expect(pool.workerPids()).not.toContain(pid);
      expect(alive(pid!)).toBe(false);
      // The next run starts on the replacement (the old worker would have held the slot for 60 s).
      const after = pool.run('after', 'b');
      while (!fake.log().includes('run after')) await new Promise((r) => setTimeout(r, 20));
      expect(fake.log()).toEqual(['ready', 'run long', 'ready', 'run after']);
      await pool.close();
      await after; // answered when the pool closes (its worker is killed)
    } finally {
      await pool.close();
    }
  }, 30_000);
});

describe('cancelling an executing run (real workers)', () => {
  it('while (true) {} aborted after 100 ms is stopped well inside the CPU limit and frees its slot', async () => {
    const pool = new SandboxPool({ workerScript: WORKER, size: 1 });
    try {
      expect((await pool.run('console.log(1)')).status).toBe('ok');
      const [pid] = pool.workerPids();
      const controller = new AbortController();
      const spinning = pool.run(SPIN, 'student', controller.signal);
      await new Promise((r) => setTimeout(r, 100));
      controller.abort();
      const next = pool.run('console.log("next")', 'student');
      const stopped = await spinning;
      expect(stopped.status).toBe('busy');
      expect(stopped.error?.message).toMatch(/stopped because the client went away/);
      // It burnt what it ran, as the kernel counted it, not the CPU limit's worth.
      expect(stopped.stats.cpuMs).toBeLessThan(MAX_CPU_MS / 2);
      expect(alive(pid!)).toBe(false);
      // The queued run starts on the replacement and never sees the spinning program's limit.
      const after = await next;
      expect(after.status).toBe('ok');
      expect(after.console.map((l) => l.text)).toEqual(['next']);
      expect(pool.workerPids()).toHaveLength(1);
      expect(pool.workerPids()).not.toContain(pid);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a run nobody cancels still ends at the CPU limit (the signal changes nothing until it aborts)', async () => {
    const pool = new SandboxPool({ workerScript: WORKER, size: 1 });
    try {
      const r = await pool.run(SPIN, 'student', new AbortController().signal);
      expect(r.status).toBe('timeout');
      expect(r.error?.message).toContain('CPU limit');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
