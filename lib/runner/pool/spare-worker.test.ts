// The spare warm worker: a pool of size N keeps N + spare processes but runs at most N programs at
// once, so a run right after one that killed its worker starts on a warm process, not on the
// replacement still starting. A protocol-level stand-in worker makes replacements start slowly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SandboxPool } from './sandbox-pool.ts';

/** How long a replacement (any start after the first `fastStarts`) takes to say ready, in ms. */
const SLOW_START_MS = 3_000;
/** How long the stand-in takes over one run, in ms. */
const RUN_MS = 100;

const madeDirs: string[] = [];
afterAll(() => { for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true }); });

/**
 * A stand-in worker logging `ready <pid>`, `run <pid> <code>` and `done <pid> <code>`; the code
 * `die` kills it mid-run (as the pool's watch kills a worker over a limit).
 */
function standInWorker(fastStarts: number): { script: string; log: () => string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tl-spare-'));
  madeDirs.push(dir);
  const log = path.join(dir, 'log');
  const starts = path.join(dir, 'starts');
  const script = path.join(dir, 'stand-in-worker.mjs');
  writeFileSync(log, '');
  writeFileSync(starts, '');
  writeFileSync(script, `
    import { appendFileSync, readFileSync } from 'node:fs';
    const note = (s) => appendFileSync(${JSON.stringify(log)}, s + '\\n');
    appendFileSync(${JSON.stringify(starts)}, 'x');
    const slow = readFileSync(${JSON.stringify(starts)}, 'utf8').length > ${fastStarts};
    process.on('message', (m) => {
      if (m?.type !== 'run') return;
      note('run ' + process.pid + ' ' + m.code);
      if (m.code === 'die') process.kill(process.pid, 'SIGKILL');
      setTimeout(() => {
        note('done ' + process.pid + ' ' + m.code);
        process.send({ type: 'done', runId: m.runId, chunks: [], ending: { status: null, wallMs: ${RUN_MS}, cpuMs: 1 } });
      }, ${RUN_MS});
    });
    process.on('disconnect', () => process.exit(0));
    setTimeout(() => { note('ready ' + process.pid); process.send({ type: 'ready' }); }, slow ? ${SLOW_START_MS} : 0);
  `);
  return { script, log: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const readyPids = (log: string[]) => log.filter((l) => l.startsWith('ready ')).map((l) => Number(l.split(' ')[1]));

/** Waits until `count` stand-ins have said ready. */
async function untilReady(log: () => string[], count: number): Promise<void> {
  while (readyPids(log()).length < count) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('SandboxPool spare worker', () => {
  it('keeps size + spare processes but runs at most size programs at once', async () => {
    const fake = standInWorker(2);
    const pool = new SandboxPool({ workerScript: fake.script, size: 1, spare: 1 });
    try {
      await untilReady(fake.log, 2);
      expect(pool.workerPids()).toHaveLength(2);
      await Promise.all([pool.run('a'), pool.run('b')]);
      const log = fake.log().filter((l) => / (a|b)$/.test(l)).map((l) => `${l.split(' ')[0]} ${l.split(' ')[2]}`);
      expect(log).toEqual(['run a', 'done a', 'run b', 'done b']);
    } finally {
      await pool.close();
    }
  });

  it('a run right after one that killed its worker starts on a warm worker, not the replacement', async () => {
    const fake = standInWorker(2);
    const pool = new SandboxPool({ workerScript: fake.script, size: 1, spare: 1 });
    try {
      await untilReady(fake.log, 2);
      const warm = readyPids(fake.log());
      expect(warm).toHaveLength(2);
      const died = await pool.run('die');
      expect(died.status).toBe('crash');
      const next = await pool.run('next');
      expect(next.status).not.toBe('busy');
      const log = fake.log();
      const ranOn = Number(log.find((l) => l.endsWith(' next'))!.split(' ')[1]);
      expect(warm).toContain(ranOn);
      // The replacement was still starting when `next` finished.
      expect(readyPids(log)).toHaveLength(2);
      expect(pool.workerPids()).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });

  it('without a spare the same run waits for the replacement to start', async () => {
    const fake = standInWorker(1);
    const pool = new SandboxPool({ workerScript: fake.script, size: 1 });
    try {
      await untilReady(fake.log, 1);
      await pool.run('die');
      await pool.run('next');
      const log = fake.log();
      const replacement = readyPids(log)[1];
      expect(log.indexOf(`ready ${replacement}`)).toBeLessThan(log.findIndex((l) => l.endsWith(' next')));
    } finally {
      await pool.close();
    }
  }, 20_000);
});
