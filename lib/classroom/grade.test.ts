// Grading rules, table-driven: each row is a check, a run, and the expected pass/fail and reason.
import { describe, expect, it } from 'vitest';
import { Check, Checks } from './checks.ts';
import { grade } from './grade.ts';
import { redactForStudent } from './redact.ts';
import { peakWaiting } from './rules/concurrency.ts';
import { runResult, stdout, task } from './test-support/run-result.ts';
import type { RunResult } from '../runner/protocol.ts';

const base = { id: 'c1', points: 10, visible: true };
interface Row { name: string; check: Check; result: RunResult; passed: boolean; reason: RegExp | string; harness?: RunResult }

const rows: Row[] = [
  { name: 'time at most: slower fails', check: { ...base, kind: 'time', op: 'atMost', ms: 3000 }, result: runResult({ virtualMs: 6000 }), passed: false, reason: 'took 6.000 s, 3.000 s too slow: it must take at most 3.000 s (the timeline\'s last span ends at 6.000 s)' },
  { name: 'time at most: equal passes', check: { ...base, kind: 'time', op: 'atMost', ms: 3000 }, result: runResult({ virtualMs: 3000 }), passed: true, reason: 'finished in 3.000 s (needed at most 3.000 s)' },
  { name: 'time at least', check: { ...base, kind: 'time', op: 'atLeast', ms: 1000 }, result: runResult({ virtualMs: 999 }), passed: false, reason: /took 0.999 s, 0.001 s too fast: it must take at least 1.000 s/ },
  { name: 'time exactly', check: { ...base, kind: 'time', op: 'exactly', ms: 1500 }, result: runResult({ virtualMs: 1500 }), passed: true, reason: /needed exactly 1.500 s/ },
  { name: 'time of a failed run fails', check: { ...base, kind: 'time', op: 'atMost', ms: 3000 }, result: runResult({ status: 'error', virtualMs: 10 }), passed: false, reason: /^not timed: the run ended with status "error"/ },
  { name: 'output exact', check: { ...base, kind: 'output', match: 'exact', lines: ['a', 'b'] }, result: runResult({ console: stdout('a', 'b') }), passed: true, reason: /all 2/ },
  { name: 'output exact: wrong line', check: { ...base, kind: 'output', match: 'exact', lines: ['a', 'b'] }, result: runResult({ console: stdout('a', 'c') }), passed: false, reason: 'line 2 is "c", expected "b"' },
  { name: 'output: too few lines', check: { ...base, kind: 'output', match: 'exact', lines: ['a', 'b'] }, result: runResult({ console: stdout('a') }), passed: false, reason: 'printed 1 line(s), expected 2' },
  { name: 'output: extra line', check: { ...base, kind: 'output', match: 'exact', lines: ['a'] }, result: runResult({ console: stdout('a', 'z') }), passed: false, reason: /line 2 is extra: "z"/ },
  { name: 'output ignores stderr', check: { ...base, kind: 'output', match: 'exact', lines: ['a'] }, result: runResult({ console: [...stdout('a'), { t: 1, stream: 'stderr', text: 'oops', taskId: 1 }] }), passed: true, reason: /match/ },
  { name: 'output regex, anchored', check: { ...base, kind: 'output', match: 'regex', lines: ['\\d+', 'It took \\d second\\(s\\).*'] }, result: runResult({ console: stdout('300', 'It took 3 second(s) to complete.') }), passed: true, reason: /match/ },
  { name: 'output regex is whole-line', check: { ...base, kind: 'output', match: 'regex', lines: ['3'] }, result: runResult({ console: stdout('300') }), passed: false, reason: 'line 1 is "300", expected a match for /3/' },
  { name: 'concurrency: overlapping waits', check: { ...base, kind: 'concurrency', minWaiting: 2 }, result: runResult({ tasks: [task(1, [[0, 3000, 'waiting']]), task(2, [[0, 3000, 'waiting']])] }), passed: true, reason: '2 task(s) waited at the same time (from 0.000 s to 3.000 s in the timeline: t1, t2); needed 2' },
  { name: 'concurrency: back-to-back waits do not overlap', check: { ...base, kind: 'concurrency', minWaiting: 2 }, result: runResult({ tasks: [task(1, [[0, 3000, 'waiting']]), task(2, [[3000, 6000, 'waiting']])] }), passed: false, reason: 'only 1 task(s) ever waited at the same time (from 0.000 s to 3.000 s in the timeline: t1); need 2 task(s) waiting at the same time' },
  { name: 'concurrency: running spans do not count', check: { ...base, kind: 'concurrency', minWaiting: 2 }, result: runResult({ tasks: [task(1, [[0, 10, 'running']]), task(2, [[0, 10, 'waiting']])] }), passed: false, reason: /^only 1 task/ },
  { name: 'concurrency: tasks stuck in a deadlock do not count', check: { ...base, kind: 'concurrency', minWaiting: 2 }, result: runResult({ status: 'deadlock', tasks: [task(1, [[0, 3000, 'waiting']]), task(2, [[0, 3000, 'waiting']])] }), passed: false, reason: /^not counted: the run ended with status "deadlock"/ },
  { name: 'concurrency: nothing waited', check: { ...base, kind: 'concurrency', minWaiting: 1 }, result: runResult(), passed: false, reason: /no task ever waited/ },
  { name: 'no warnings: clean', check: { ...base, kind: 'no-warnings' }, result: runResult({ warnings: [{ kind: 'truncated', message: 'x' }] }), passed: true, reason: /no cancelled/ },
  { name: 'no warnings: floating promise', check: { ...base, kind: 'no-warnings' }, result: runResult({ warnings: [{ kind: 'never-awaited', message: 'task fetch#2 was never awaited' }] }), passed: false, reason: '1 warning(s) (never-awaited); first: task fetch#2 was never awaited' },
  { name: 'status ok', check: { ...base, kind: 'status', status: 'ok' }, result: runResult({ status: 'error', error: { name: 'TypeError', message: 'x is undefined', line: 3, column: 1 } }), passed: false, reason: 'ended with status "error" at 0.000 s, expected "ok" (TypeError: x is undefined at line 3)' },
  { name: 'status deadlock expected', check: { ...base, kind: 'status', status: 'deadlock' }, result: runResult({ status: 'deadlock' }), passed: true, reason: 'ended with status "deadlock" as required' },
  { name: 'harness passes', check: { ...base, kind: 'harness', code: 'assert(true)' }, result: runResult(), harness: runResult({ harnessFrom: 3000 }), passed: true, reason: /every assertion.*started at 3.000 s/ },
  { name: 'harness assertion fails', check: { ...base, kind: 'harness', code: 'assert(false)' }, result: runResult(), harness: runResult({ status: 'error', harnessFrom: 0, error: { name: 'AssertionError', message: 'expected 1 to be 2', line: 9, column: 1, file: 'harness' } }), passed: false, reason: 'assertion failed at line 9 of the test harness: expected 1 to be 2' },
  { name: 'harness crashes', check: { ...base, kind: 'harness', code: 'x()' }, result: runResult(), harness: runResult({ status: 'timeout', harnessFrom: 0 }), passed: false, reason: /^the test harness started at 0.000 s and ended with status "timeout"/ },
  { name: 'harness missing', check: { ...base, kind: 'harness', code: 'x()' }, result: runResult(), passed: false, reason: 'the test harness did not run' },
  { name: 'harness: program failed first', check: { ...base, kind: 'harness', code: 'x()' }, result: runResult(), harness: runResult({ status: 'error', error: { name: 'TypeError', message: 'boom', line: 4, column: 1 } }), passed: false, reason: 'the test harness could not run: the run ended with status "error" at 0.000 s (TypeError: boom at line 4)' },
  // A deadlocked or failed run reports no shutdown warnings: "none found" must not earn points.
  { name: 'no warnings: deadlock is not clean', check: { ...base, kind: 'no-warnings' }, result: runResult({ status: 'deadlock', virtualMs: 3000, error: { name: 'DeadlockError', message: 'all tasks are asleep', line: 0, column: 0 } }), passed: false, reason: 'not checked: the run ended with status "deadlock" at 3.000 s (DeadlockError: all tasks are asleep); the run must end "ok" with no warnings' },
  { name: 'no warnings: a timeout is not clean', check: { ...base, kind: 'no-warnings' }, result: runResult({ status: 'timeout' }), passed: false, reason: /^not checked: the run ended with status "timeout"/ },
  { name: 'no warnings: names the task and its span', check: { ...base, kind: 'no-warnings' }, result: runResult({ tasks: [task(2, [[0, 3000, 'waiting']])], warnings: [{ kind: 'cancelled-at-shutdown', message: 't2 was cancelled', taskId: 2 }] }), passed: false, reason: '1 warning(s) (cancelled-at-shutdown); first: t2 was cancelled (timeline: task "t2", 0.000 s–3.000 s)' },
  // "took 3.000 s, must be ≤ 3.000 s" once read like a pass for a deadlocked run.
  { name: 'time of a deadlock does not read like a pass', check: { ...base, kind: 'time', op: 'atMost', ms: 3000 }, result: runResult({ status: 'deadlock', virtualMs: 3000 }), passed: false, reason: 'not timed: the run ended with status "deadlock" at 3.000 s; it must finish "ok" in at most 3.000 s' },
];

describe('grading rules', () => {
  it.each(rows)('$name', ({ check, result, passed, reason, harness }) => {
    const graded = grade([check], result, harness ? { [check.id]: harness } : {});
    const [only] = graded.checks;
    expect(only).toMatchObject({ id: 'c1', passed, points: 10, earned: passed ? 10 : 0, visible: true });
    if (typeof reason === 'string') expect(only!.reason).toBe(reason);
    else expect(only!.reason).toMatch(reason);
    expect(graded).toMatchObject({ score: passed ? 10 : 0, maxScore: 10 });
  });

  it('sums points over several checks', () => {
    const checks: Check[] = [
      { id: 'time', points: 60, visible: true, kind: 'time', op: 'atMost', ms: 3000 },
      { id: 'out', points: 40, visible: false, kind: 'output', match: 'exact', lines: ['x'] },
    ];
    expect(grade(checks, runResult({ virtualMs: 3000, console: stdout('y') }))).toMatchObject({ score: 60, maxScore: 100 });
  });

  it('counts the peak of waiting tasks and where it happens', () => {
    const result = runResult({ tasks: [task(1, [[0, 10, 'waiting']]), task(2, [[5, 20, 'waiting']]), task(3, [[6, 7, 'waiting'], [7, 7, 'waiting']])] });
    expect(peakWaiting(result)).toEqual({ count: 3, at: 6 });
  });
});

describe('redaction for students', () => {
  it('keeps visible checks and only a count of hidden ones', () => {
    const checks: Check[] = [
      { id: 'seen', points: 1, visible: true, kind: 'status', status: 'ok' },
      { id: 'secret-a', points: 2, visible: false, kind: 'output', match: 'exact', lines: ['the secret answer'] },
      { id: 'secret-b', points: 3, visible: false, kind: 'status', status: 'ok' },
    ];
    const redacted = redactForStudent(grade(checks, runResult({ console: stdout('nope') })));
    expect(redacted.checks.map((c) => c.id)).toEqual(['seen']);
    expect(redacted.hidden).toEqual({ passed: 1, total: 2 });
    expect(JSON.stringify(redacted)).not.toMatch(/secret/);
    expect(redacted).toMatchObject({ score: 4, maxScore: 6 });
  });
});

describe('check validation', () => {
  it.each([
    ['a bad regex', [{ ...base, kind: 'output', match: 'regex', lines: ['('] }]],
    ['duplicate ids', [{ ...base, kind: 'no-warnings' }, { ...base, kind: 'no-warnings' }]],
    ['negative points', [{ ...base, points: -1, kind: 'no-warnings' }]],
    ['an unknown status', [{ ...base, kind: 'status', status: 'fine' }]],
    ['an unknown kind', [{ ...base, kind: 'vibes' }]],
  ])('refuses %s', (_name, checks) => {
    expect(Checks.safeParse(checks).success).toBe(false);
  });

  it('accepts a regex output check with valid patterns', () => {
    expect(Checks.safeParse([{ ...base, kind: 'output', match: 'regex', lines: ['\\d+'] }]).success).toBe(true);
  });
});
