// Why a sandbox worker process died in the middle of a run, from its exit and the tail of its
// stderr: V8 aborting on a failed heap allocation is the program's memory use, anything else a crash.
import { MAX_CPU_MS, MAX_ISOLATE_MEMORY_MB, MAX_WORKER_RSS_MB } from '../limits.ts';
import type { HostEnding } from '../trace-assembler.ts';

/** How much of a worker's stderr is kept to classify its death, in bytes (V8's OOM report is ~2 KB). */
export const STDERR_TAIL_BYTES = 8 * 1024;

/**
 * What V8 prints when it aborts the process on a heap allocation it cannot satisfy: a growing hash
 * table's rehash can fail this way before isolated-vm's memory limit acts (isolated-vm #457, #527).
 */
const HEAP_OOM_MARKER = /is_heap_oom = 1|CALL_AND_RETRY_LAST|JavaScript heap out of memory|Fatal JavaScript out of memory/;

/** The last STDERR_TAIL_BYTES bytes a process wrote to stderr. */
export class StderrTail {
  private chunks: Buffer[] = [];
  private bytes = 0;

  add(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    while (this.chunks.length > 1 && this.bytes - this.chunks[0]!.length >= STDERR_TAIL_BYTES) {
      this.bytes -= this.chunks.shift()!.length;
    }
  }

  text(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - STDERR_TAIL_BYTES)).toString('utf8');
  }
}

export interface WorkerDeath {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderrTail: string;
  /** How long the run had been going, in ms. */
  wallMs: number;
  /** The pool's deadline for a run, in ms; a worker killed at it is a timeout. */
  killAfterMs: number;
  /** Why the pool's watch killed it, if it did: RSS over the limit, CPU over it while running or compiling. */
  killedFor?: WorkerKillReason;
  /** CPU time the process used on this run, as the kernel counted it, in ms. */
  cpuMs?: number;
}

export type WorkerKillReason = 'memory' | 'cpu' | 'compile' | 'cancelled';

/** The ending of a run whose worker the pool's watch killed. */
function endingForKill(reason: WorkerKillReason, wallMs: number, cpuMs: number): HostEnding {
  const stopped = 'the sandbox process was stopped';
  if (reason === 'cancelled') {
    // `busy`: like a run cancelled in the queue, it is never cached, stored or graded.
    const message = 'the run was stopped because the client went away (Stop, or a closed connection)';
    return { status: 'busy', error: { name: 'BusyError', message, line: 0, column: 0 }, wallMs, cpuMs };
  }
  if (reason === 'memory') {
    const message = `the program used more than ${MAX_WORKER_RSS_MB} MB of memory: ${stopped}`;
    return { status: 'memory', error: { name: 'MemoryError', message, line: 0, column: 0 }, wallMs, cpuMs };
  }
  if (reason === 'compile') {
    const message = `the program took too long to compile (compiling counts against the CPU limit of ${MAX_CPU_MS} ms): ${stopped}`;
    return { status: 'limit', error: { name: 'LimitError', message, line: 0, column: 0 }, wallMs, cpuMs };
  }
  const message = `the program exceeded the CPU limit of ${MAX_CPU_MS} ms inside a built-in: ${stopped}`;
  return { status: 'timeout', error: { name: 'TimeoutError', message, line: 0, column: 0 }, wallMs, cpuMs };
}

export function isHeapOutOfMemoryAbort(death: Pick<WorkerDeath, 'signal' | 'stderrTail'>): boolean {
  return death.signal === 'SIGABRT' && HEAP_OOM_MARKER.test(death.stderrTail);
}

/** The ending of the run a worker was holding when it died. */
export function endingForWorkerDeath(death: WorkerDeath): HostEnding {
  const { wallMs } = death;
  if (death.killedFor) return endingForKill(death.killedFor, wallMs, death.cpuMs ?? wallMs);
  if (isHeapOutOfMemoryAbort(death)) {
    const message = `the program ran out of memory (${MAX_ISOLATE_MEMORY_MB} MB): the sandbox process was stopped`;
    return { status: 'memory', error: { name: 'MemoryError', message, line: 0, column: 0 }, wallMs, cpuMs: wallMs };
  }
  if (wallMs >= death.killAfterMs) {
    const message = `the sandbox did not finish within ${death.killAfterMs} ms and was stopped`;
    return { status: 'timeout', error: { name: 'TimeoutError', message, line: 0, column: 0 }, wallMs, cpuMs: death.cpuMs ?? 0 };
  }
  const how = death.signal ? `signal ${death.signal}` : `exit code ${death.code}`;
  const message = `the sandbox process died (${how}) while running this program; a fresh one has replaced it`;
  return { status: 'crash', error: { name: 'SandboxCrash', message, line: 0, column: 0 }, wallMs, cpuMs: 0 };
}
