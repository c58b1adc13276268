// Entry point of a sandbox worker process (forked with --no-node-snapshot). It runs one program at
// a time for the pool; if V8 aborts here, only this process dies and the pool replaces it.
import { executeRun, prepareNextRun } from './execute.ts';
import { executeExplore } from '../explore/explore-job.ts';
import type { RunCommand, WorkerEnding, WorkerMessage } from './worker-messages.ts';
import { MAX_WORKER_RSS_MB } from '../limits.ts';
import { afterRun } from './worker-memory.ts';
import { flushCompileCache } from 'node:module';

/** Trace chunks are sent to the parent at most this often during a run, in ms, so a crash loses little. */
const CHUNK_SEND_INTERVAL_MS = 50;
/**
 * Chunks with console output sent at once, per run, whatever the interval: the pool may kill this
 * process inside a built-in that never returns, and output printed before it must already be out.
 * IPC writes to a pipe complete synchronously, even while the isolate call blocks this thread.
 */
const EAGER_CONSOLE_SENDS_PER_RUN = 128;
const CONSOLE_EVENT = '["log",';

function send(message: WorkerMessage, then?: () => void): void {
  process.send?.(message, undefined, undefined, then);
}

/** A run that ended while this process held more than the pool allows (a 512 MB string answered `ok`). */
function overMemory(ending: WorkerEnding): WorkerEnding {
  const message = `the program used more than ${MAX_WORKER_RSS_MB} MB of memory: the sandbox process was stopped`;
  return { ...ending, status: 'memory', error: { name: 'MemoryError', message, line: 0, column: 0 } };
}

/** An exploration streams nothing: its one message is the report (lib/runner/explore). */
function handleExplore(command: RunCommand & { explore: NonNullable<RunCommand['explore']> }): void {
  const started = performance.now();
  try {
    const { ending, report } = executeExplore(command.code, command.explore);
    send({ type: 'done', runId: command.runId, chunks: [], ending, explore: report });
  } catch (e) {
    // Our fault (the job's isolate could not be made): the run answers crash, the worker lives on.
    const message = e instanceof Error ? e.message.slice(0, 1_000) : 'unknown error';
    send({ type: 'done', runId: command.runId, chunks: [], ending: { status: 'crash', error: { name: 'ExploreError', message, line: 0, column: 0 }, wallMs: performance.now() - started, cpuMs: 0 } });
  }
  setImmediate(prepareNextRun);
}

function handleRun(command: RunCommand): void {
  if (command.explore) return handleExplore({ ...command, explore: command.explore });
  const rssBefore = process.memoryUsage.rss();
  let pending: string[] = [];
  let lastSent = performance.now();
  let eagerSends = 0;
  let sentTrace = false;
  let choices: string | undefined;
  const flush = () => {
    send({ type: 'chunks', runId: command.runId, chunks: pending });
    pending = [];
    lastSent = performance.now();
  };
  let ending = executeRun(
    command.code,
    (chunk) => {
      pending.push(chunk);
      if (eagerSends < EAGER_CONSOLE_SENDS_PER_RUN && chunk.includes(CONSOLE_EVENT)) {
        eagerSends++;
        flush();
      } else if (!sentTrace || performance.now() - lastSent >= CHUNK_SEND_INTERVAL_MS) {
        // The first trace chunk goes at once too: a run the pool kills for memory within its first
        // interval (async recursion) still shows the tasks it made.
        sentTrace = true;
        flush();
      }
    },
    () => send({ type: 'compiled', runId: command.runId }),
    typeof command.harness === 'string' ? command.harness : undefined,
    command.schedule,
    (json) => { choices = json; },
  );
  const memory = afterRun(rssBefore, process.memoryUsage.rss());
  if (memory === 'blame') ending = overMemory(ending);
  // Over the recycle line, this process hands its memory back by exiting; the pool starts a fresh one.
  const exiting = memory !== 'keep';
  // `retiring` tells the pool to send nothing more; a run sent meanwhile would meet a dead process.
  send({ type: 'done', runId: command.runId, chunks: pending, ending, ...(choices !== undefined ? { choices } : {}), ...(exiting ? { retiring: true as const } : {}) }, exiting ? () => process.exit(0) : undefined);
  // After the finished run's isolate is disposed (also on setImmediate); a run that arrives
  // meanwhile waits for it (a couple of ms), and then finds its isolate ready.
  if (!exiting) setImmediate(prepareNextRun);
}

process.on('message', (message: RunCommand) => {
  if (message?.type === 'run') handleRun(message);
});
process.on('disconnect', () => process.exit(0));

// One throwaway run before reporting ready bundles the scheduler, warms the TypeScript compiler
// and creates an isolate once, so the first user's run pays no start-up cost.
executeRun('async function warm(): Promise<number> { await sleep(1); return 1 }\nawait warm();', () => {});
prepareNextRun();
send({ type: 'ready' });
// Written now, not at exit: a worker a limit kills never exits (the pool sets NODE_COMPILE_CACHE).
flushCompileCache();
