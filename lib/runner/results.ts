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

export function busyResult(queued: number): RunResult {
  return refusal('busy', 'BusyError', `all sandboxes are busy and ${queued} runs are already waiting; try again in a moment`);
}

export function codeTooLargeResult(bytes: number): RunResult {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return refusal('limit', 'CodeTooLarge', `the program is ${kib(bytes)}; the limit is ${kib(MAX_CODE_BYTES)}`);
}

export function startFailureResult(): RunResult {
  return refusal('crash', 'SandboxUnavailable', 'the sandbox workers fail to start; the server log says why');
}
