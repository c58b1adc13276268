// Entry point of a sandbox worker process (forked with --no-node-snapshot). It runs one program at
// a time for the pool; if V8 aborts here, only this process dies and the pool replaces it.
import { executeRun, prepareNextRun } from './execute.ts';
import type { RunCommand, WorkerEnding, WorkerMessage } from './worker-messages.ts';
import { MAX_WORKER_RSS_MB } from '../limits.ts';

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

function handleRun(command: RunCommand): void {
  let pending: string[] = [];
  let lastSent = performance.now();
  let eagerSends = 0;
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
      } else if (performance.now() - lastSent >= CHUNK_SEND_INTERVAL_MS) {
        flush();
      }
    },
    () => send({ type: 'compiled', runId: command.runId }),
    typeof command.harness === 'string' ? command.harness : undefined,
  );
  const overLimit = process.memoryUsage.rss() > MAX_WORKER_RSS_MB * 1024 * 1024;
  if (overLimit) ending = overMemory(ending);
  // Over the limit, this process hands its memory back by exiting; the pool starts a fresh one.
  send({ type: 'done', runId: command.runId, chunks: pending, ending }, overLimit ? () => process.exit(0) : undefined);
  // After the finished run's isolate is disposed (also on setImmediate); a run that arrives
  // meanwhile waits for it (a couple of ms), and then finds its isolate ready.
  if (!overLimit) setImmediate(prepareNextRun);
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
