import { describe, expect, it } from 'vitest';
import { describeStatus } from './status-text.ts';
import type { RunResult } from '@/lib/runner/protocol.ts';

const base: RunResult = {
  status: 'ok', virtualMs: 0, console: [], tasks: [], warnings: [],
  stats: { wallMs: 1, cpuMs: 1, events: 1, truncated: false },
};

describe('describeStatus', () => {
  it('says nothing more for an ok run', () => {
    expect(describeStatus(base)).toEqual({ label: 'Finished', tone: 'ok', explanation: [], warnings: [] });
  });

  it('lists each blocked task of a deadlock once, in the explanation', () => {
    const text = describeStatus({
      ...base,
      status: 'deadlock',
      warnings: [
        { kind: 'deadlock', message: 'task consumer#3 is waiting for queue.get()', taskId: 3 },
        { kind: 'never-awaited', message: 'callApi() was never awaited' },
      ],
    });
    expect(text.explanation).toContain('task consumer#3 is waiting for queue.get()');
    expect(text.warnings).toEqual(['callApi() was never awaited']);
  });

  it('names the limit for timeouts and memory', () => {
    expect(describeStatus({ ...base, status: 'timeout' }).explanation[0]).toMatch(/2 s of CPU or 5 s of wall-clock/);
    expect(describeStatus({ ...base, status: 'memory' }).explanation[0]).toMatch(/64 MB/);
  });

  it('shows where a compile error is', () => {
    const text = describeStatus({ ...base, status: 'compile-error', error: { name: 'SyntaxError', message: 'Expression expected', line: 3, column: 11 } });
    expect(text.explanation[0]).toBe('SyntaxError: Expression expected (line 3, column 11)');
  });
});
