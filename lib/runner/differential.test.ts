// Differential test: every program in corpus/ordering runs in Taskline (virtual clock) and its
// stdout must equal real node's, line for line: the recording in corpus/recorded/ (five identical
// node runs, see corpus/record.ts), or for a program not yet recorded a live node run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from './pool/sandbox-pool.ts';
import { runCode } from './run-code.ts';
import type { RunResult } from './protocol.ts';
import { CORPUS_DIR, programHash, readRecording, runInNode } from './corpus/recording.ts';

const programs = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.ts')).sort();
/** Real timers are at the mercy of the machine's load; a differing live node run is retried this often. */
const NODE_ATTEMPTS = 3;
/** Issue 11's floor for the corpus size, in programs. */
const MIN_CORPUS_PROGRAMS = 60;

const source = (name: string) => readFileSync(path.join(CORPUS_DIR, name), 'utf8');
const current = (name: string) => {
  const rec = readRecording(name);
  return rec !== null && rec.sha256 === programHash(source(name)) ? rec : null;
};

let pool: SandboxPool;
const nodeRuns = new Map<string, string>();
beforeAll(async () => {
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, 'sandbox', 'worker.ts'), size: 2 });
  // One node at a time, before the sandboxes get busy: real timers need an unloaded machine.
  for (const name of programs) if (current(name) === null) nodeRuns.set(name, await nodeStdout(name));
}, 120_000);
afterAll(() => pool.close());

/** The program's stdout under real node (this process's own binary), without the final newline. */
async function nodeStdout(name: string): Promise<string> {
  const { stdout, stderr } = await runInNode(path.join(CORPUS_DIR, name));
  if (stderr !== '') throw new Error(`${name} wrote to stderr under node: ${stderr}`);
  return stdout.replace(/\n$/, '');
}

function tasklineStdout(result: RunResult): string {
  return result.console.filter((l) => l.stream === 'stdout').map((l) => l.text).join('\n');
}

describe('the ordering corpus', () => {
  it('is large enough and runs on Node 24', () => {
    expect(programs.length).toBeGreaterThanOrEqual(MIN_CORPUS_PROGRAMS);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
  it('has a current node recording of every program (bin/tl-node lib/runner/corpus/record.ts)', () => {
    expect(programs.filter((name) => current(name) === null)).toEqual([]);
    for (const name of programs) expect(current(name)!.node.split('.')[0], name).toBe(`v${process.versions.node.split('.')[0]}`);
  });
});

describe.concurrent('Taskline prints what real node prints', () => {
  it.for(programs)('%s', async (name, { expect }) => {
    const result = await runCode(source(name), { pool });
    const ours = tasklineStdout(result);
    const recording = current(name);
    expect(result.status, JSON.stringify(result.error)).toBe(recording === null || recording.exitCode === 0 ? 'ok' : 'error');
    expect(result.stats.truncated).toBe(false);
    expect(result.warnings.filter((w) => w.kind === 'unhandled-rejection')).toEqual([]);
    if (recording !== null) {
      expect(ours).toBe(recording.stdout.replace(/\n$/, ''));
      return;
    }
    // Node's real timers can be delayed by a loaded machine: only a stable difference is a failure.
    let theirs = nodeRuns.get(name)!;
    for (let attempt = 1; attempt < NODE_ATTEMPTS && theirs !== ours; attempt++) theirs = await nodeStdout(name);
    expect(ours).toBe(theirs);
  });
});
