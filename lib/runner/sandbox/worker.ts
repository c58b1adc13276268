// Entry point of a sandbox worker process (forked with --no-node-snapshot). It runs one program at
// a time for the pool; if V8 aborts here, only this process dies and the pool replaces it.
import { executeRun } from './execute.ts';
import { schedulerSource } from './scheduler-bundle.ts';
import { compileProgram } from '../transpile/index.ts';
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
  });
  send({ type: 'done', runId: command.runId, chunks: pending, ending });
}

process.on('message', (message: RunCommand) => {
  if (message?.type === 'run') handleRun(message);
});
process.on('disconnect', () => process.exit(0));

// Bundle the scheduler and exercise the compiler and an isolate once before reporting ready, so
// the first user's run pays no start-up cost (the TypeScript compiler is slow until warmed up).
schedulerSource();
executeRun('async function warm(): Promise<number> { await sleep(1); return 1 }\nawait warm();', () => {});
compileProgram('const warm: number = 1;');
send({ type: 'ready' });
