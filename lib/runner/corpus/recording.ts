// Node recordings of the differential corpus: each program's stdout and exit code under real
// Node 24, taken RECORD_RUNS times and kept only when every run agreed. Stored one JSON file per
// program in corpus/recorded/, with a hash of the program so a stale recording is caught.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const CORPUS_DIR = path.join(import.meta.dirname, 'ordering');
export const RECORDED_DIR = path.join(import.meta.dirname, 'recorded');
/** Runs per recording; every one must print the same stdout and exit with the same code. */
export const RECORD_RUNS = 5;
/** Wall-clock limit for one node run of a corpus program, in ms. */
export const NODE_RUN_TIMEOUT_MS = 10_000;

export interface Recording {
  /** `process.version` of the node that recorded it. */
  node: string;
  runs: number;
  exitCode: number;
  /** sha256 of the program's source when it was recorded. */
  sha256: string;
  stdout: string;
}

export const programHash = (source: string) => createHash('sha256').update(source).digest('hex');
export const recordingPath = (program: string) => path.join(RECORDED_DIR, `${program}.json`);

/** The program's recording if there is one (it may be stale: compare sha256). */
export function readRecording(program: string): Recording | null {
  const file = recordingPath(program);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Recording) : null;
}

export interface NodeRun { stdout: string; stderr: string; exitCode: number }

/** One run of a corpus program under this process's node (type stripping, real timers). */
export async function runInNode(file: string): Promise<NodeRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--no-warnings', '--experimental-strip-types', file], {
      cwd: CORPUS_DIR, timeout: NODE_RUN_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024,
    });
    return { stdout, stderr, exitCode: 0 };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: number | string };
    if (typeof err.code !== 'number') throw e;
    return { stdout: err.stdout ?? '', stderr: err.stderr ?? '', exitCode: err.code };
  }
}
