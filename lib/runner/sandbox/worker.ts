// Entry point of a sandbox worker process (forked with --no-node-snapshot). It runs one program at
// a time for the pool; if V8 aborts here, only this process dies and the pool replaces it.
import { executeRun, prepareNextRun } from './execute.ts';
import type { RunCommand, WorkerMessage } from './worker-messages.ts';

/** Trace chunks are sent to the parent at most this often during a run, in ms, so a crash loses little. */
const CHUNK_SEND_INTERVAL_MS = 50;

function send(message: WorkerMessage): void {
  process.send?.(message);
}

function handleRun(command: RunCommand): void {
  let pending: string[] = [];
  let lastSent = performance.now();
  const ending = executeRun(command.code, (chunk) => {
    pending.push(chunk);
    const now = performance.now();
    if (now - lastSent >= CHUNK_SEND_INTERVAL_MS) {
      send({ type: 'chunks', runId: command.runId, chunks: pending });
      pending = [];
      lastSent = now;
    }
  }, typeof command.harness === 'string' ? command.harness : undefined);
  send({ type: 'done', runId: command.runId, chunks: pending, ending });
  // After the finished run's isolate is disposed (also on setImmediate); a run that arrives
  // meanwhile waits for it (a couple of ms), and then finds its isolate ready.
  setImmediate(prepareNextRun);
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
