// A worker's death is named from its exit and stderr: V8's heap-OOM abort is `memory`, a deadline
// kill is `timeout`, anything else `crash`; and WorkerHandle really reads a dying worker's stderr.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endingForWorkerDeath, StderrTail, STDERR_TAIL_BYTES } from './worker-exit.ts';
import { WorkerHandle } from './worker-handle.ts';
import { TraceAssembler } from '../trace-assembler.ts';
import type { RunResult } from '../protocol.ts';

const V8_OOM_REPORT = '<--- Last few GCs --->\n[1:0x1]  550 ms: Mark-Compact (reduce) 40.8 -> 40.8 MB last resort\nCALL_AND_RETRY_LAST\nis_heap_oom = 1\n<--- Heap statistics --->\n';
const death = { code: null, wallMs: 1200, killAfterMs: 4000 };

describe('endingForWorkerDeath', () => {
  it('names a SIGABRT with V8 heap-OOM report `memory`, saying the process was stopped', () => {
    const ending = endingForWorkerDeath({ ...death, signal: 'SIGABRT', stderrTail: V8_OOM_REPORT });
    expect(ending.status).toBe('memory');
    expect(ending.error).toMatchObject({ name: 'MemoryError', message: 'the program ran out of memory (64 MB): the sandbox process was stopped' });
  });

  it('keeps `crash` for an abort without the OOM report, or the report without an abort', () => {
    expect(endingForWorkerDeath({ ...death, signal: 'SIGABRT', stderrTail: 'Assertion failed: x\n' }).status).toBe('crash');
    expect(endingForWorkerDeath({ ...death, signal: 'SIGSEGV', stderrTail: V8_OOM_REPORT }).status).toBe('crash');
    expect(endingForWorkerDeath({ ...death, code: 1, signal: null, stderrTail: V8_OOM_REPORT }).status).toBe('crash');
    expect(endingForWorkerDeath({ ...death, signal: 'SIGKILL', stderrTail: '' }).error?.message).toMatch(/signal SIGKILL/);
  });

  it('names a worker killed at the pool deadline `timeout`', () => {
    const ending = endingForWorkerDeath({ ...death, wallMs: 4000, signal: 'SIGKILL', stderrTail: '' });
    expect(ending).toMatchObject({ status: 'timeout', error: { name: 'TimeoutError' } });
  });
});

describe('StderrTail', () => {
  it('keeps only the last STDERR_TAIL_BYTES bytes, so the marker at the end survives a flood before it', () => {
    const tail = new StderrTail();
    for (let i = 0; i < 100; i++) tail.add(Buffer.from('x'.repeat(1000)));
    tail.add(Buffer.from('is_heap_oom = 1\n'));
    const text = tail.text();
    expect(text.length).toBe(STDERR_TAIL_BYTES);
    expect(text.endsWith('is_heap_oom = 1\n')).toBe(true);
  });
});

/** Runs one job on a WorkerHandle whose worker writes `stderrText` and then aborts. */
async function runOnAbortingWorker(stderrText: string): Promise<RunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tl-handle-'));
  const script = path.join(dir, 'aborting-worker.mjs');
  writeFileSync(script, `process.send({ type: 'ready' });
process.on('message', () => { process.stderr.write(${JSON.stringify(stderrText)}, () => process.abort()); });`);
  return new Promise((resolve) => {
    const handle = new WorkerHandle(script, 10_000, {
      onIdle: (h) => h.start({
        runId: 1, code: '1', assembler: new TraceAssembler(), startedAt: performance.now(),
        finish: (result) => { rmSync(dir, { recursive: true, force: true }); resolve(result); },
      }),
      onExit: () => {},
    });
    void handle;
  });
}

describe('WorkerHandle reading a dying worker', () => {
  it('answers `memory` when the worker aborted with V8 heap-OOM report on stderr', async () => {
    const result = await runOnAbortingWorker(V8_OOM_REPORT);
    expect(result.status).toBe('memory');
    expect(result.error?.message).toContain('was stopped');
  }, 20_000);

  it('answers `crash` when the worker aborted for another reason', async () => {
    const result = await runOnAbortingWorker('some native assertion failed\n');
    expect(result.status).toBe('crash');
    expect(result.error?.message).toMatch(/SIGABRT/);
  }, 20_000);
});
