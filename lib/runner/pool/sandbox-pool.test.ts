// Pool behaviour that the golden tests cannot reach: workers that cannot start at all.
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
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
    expect(existsSync(starts) ? readFileSync(starts, 'utf8').length : 0).toBeLessThanOrEqual(4);
    expect(elapsed).toBeGreaterThanOrEqual(300);
  });
});
