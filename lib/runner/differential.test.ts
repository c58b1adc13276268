// Differential test: every program in corpus/ordering runs in real Node (type stripping, real
// timers) and in Taskline (virtual clock); their stdout must be identical line for line. Programs
// recorded from node (corpus/ordering/recorded/, by corpus/record-node.ts) must also match its exit code.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from './pool/sandbox-pool.ts';
import { runCode } from './run-code.ts';
import type { RunResult } from './protocol.ts';
import type { Recording } from './corpus/record-node.ts';

const run = promisify(execFile);
const CORPUS_DIR = path.join(import.meta.dirname, 'corpus', 'ordering');
const programs = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.ts')).sort();
/**
 * Programs recorded by corpus/record-node.ts (five identical node runs: stdout and exit code) are
 * compared with their recording, so a loaded machine's timers cannot make them flaky.
 */
function recording(name: string): Recording | undefined {
  const file = path.join(CORPUS_DIR, 'recorded', name.replace(/\.ts$/, '.json'));
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Recording : undefined;
}
/** Real timers are at the mercy of the machine's load; a differing Node run is retried this often. */
const NODE_ATTEMPTS = 3;

let pool: SandboxPool;
const nodeRuns = new Map<string, string>();
beforeAll(async () => {
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, 'sandbox', 'worker.ts'), size: 2 });
  // One node at a time, before the sandboxes get busy: real timers need an unloaded machine.
  for (const name of programs) if (!recording(name)) nodeRuns.set(name, await nodeStdout(path.join(CORPUS_DIR, name)));
}, 120_000);
afterAll(() => pool.close());

/** The program's stdout under real Node 24 (this process's own binary), without the final newline. */
async function nodeStdout(file: string): Promise<string> {
  const { stdout, stderr } = await run(process.execPath, ['--no-warnings', '--experimental-strip-types', file], {
    cwd: CORPUS_DIR,
    timeout: 10_000,
  });
  if (stderr !== '') throw new Error(`${path.basename(file)} wrote to stderr under node: ${stderr}`);
  return stdout.replace(/\n$/, '');
}

function tasklineStdout(result: RunResult): string {
  return result.console.filter((l) => l.stream === 'stdout').map((l) => l.text).join('\n');
}

describe('the ordering corpus', () => {
  it('is large enough and runs on Node 24', () => {
    expect(programs.length).toBeGreaterThanOrEqual(25);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});

describe.concurrent('Taskline prints what real node prints', () => {
  it.for(programs)('%s', async (name, { expect }) => {
    const file = path.join(CORPUS_DIR, name);
    const result = await runCode(readFileSync(file, 'utf8'), { pool });
    const ours = tasklineStdout(result);
    const recorded = recording(name);
    if (recorded) {
      expect(recorded.runs).toBeGreaterThanOrEqual(5);
      expect(ours).toBe(recorded.stdout);
      expect(result.exitCode, JSON.stringify(result.error)).toBe(recorded.exitCode);
      expect(result.status).toBe(recorded.exitCode === 0 ? 'ok' : 'error');
      return;
    }
    expect(result.status, JSON.stringify(result.error)).toBe('ok');
    expect(result.stats.truncated).toBe(false);
    expect(result.warnings.filter((w) => w.kind === 'unhandled-rejection')).toEqual([]);
    // Node's real timers can be delayed by a loaded machine: only a stable difference is a failure.
    let theirs = nodeRuns.get(name)!;
    for (let attempt = 1; attempt < NODE_ATTEMPTS && theirs !== ours; attempt++) theirs = await nodeStdout(file);
    expect(ours).toBe(theirs);
  });
});
