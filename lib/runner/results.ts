// Results the host produces without running anything: refusals decided before a sandbox is used.
import type { RunResult, RunStatus } from './protocol.ts';
import { MAX_CODE_BYTES } from './limits.ts';

function refusal(status: RunStatus, name: string, message: string): RunResult {
  return {
    status,
    virtualMs: 0,
    console: [],
    tasks: [],
    warnings: [],
    error: { name, message, line: 0, column: 0 },
    stats: { wallMs: 0, cpuMs: 0, events: 0, truncated: false },
  };
}

/** Why a run was answered `busy` without running. */
export type BusyReason =
  | { why: 'queue-full'; queued: number }
  | { why: 'client-queue-full'; queued: number }
  | { why: 'waited'; waitedMs: number }
  | { why: 'cancelled' }
  | { why: 'closed' };

function busyMessage(reason: BusyReason): string {
  switch (reason.why) {
    case 'queue-full': return `all sandboxes are busy and ${reason.queued} runs are already waiting; try again in a moment`;
    case 'client-queue-full': return `you already have ${reason.queued} runs waiting for a sandbox; try again when they finish`;
    case 'waited': return `no sandbox became free within ${reason.waitedMs / 1000} s; try again in a moment`;
    case 'cancelled': return 'the run was cancelled before a sandbox was free (the client went away)';
    case 'closed': return 'the sandbox pool is shutting down';
  }
}

export function busyResult(reason: BusyReason): RunResult {
  return refusal('busy', 'BusyError', busyMessage(reason));
}

export function codeTooLargeResult(bytes: number): RunResult {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return refusal('limit', 'CodeTooLarge', `the program is ${kib(bytes)}; the limit is ${kib(MAX_CODE_BYTES)}`);
}

export function startFailureResult(): RunResult {
  return refusal('crash', 'SandboxUnavailable', 'the sandbox workers fail to start; the server log says why');
}
