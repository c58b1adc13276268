import { describe, expect, it } from 'vitest';
import { activityAt, eventTimes, linesUpTo, stepTime } from './playhead.ts';
import type { RunResult, TaskTrace } from '@/lib/runner/protocol.ts';

const callApi: TaskTrace = {
  id: 3, name: 'callApi', parentId: 2, createdAt: 0, settledAt: 3000, state: 'fulfilled',
  spans: [
    { from: 0, to: 0, kind: 'running', detail: '' },
    { from: 0, to: 3000, kind: 'waiting', detail: 'sleep(3000)' },
    { from: 3000, to: 3000, kind: 'running', detail: '' },
  ],
};

const result: RunResult = {
  status: 'ok', virtualMs: 3000, warnings: [],
  console: [
    { t: 0, stream: 'stdout', text: 'Get stock price of GOOG...', taskId: 3 },
    { t: 1000, stream: 'stdout', text: 'API call is in progress...', taskId: 4 },
    { t: 3000, stream: 'stdout', text: '300', taskId: 2 },
  ],
  tasks: [callApi],
  stats: { wallMs: 2, cpuMs: 1, events: 10, truncated: false },
};

describe('eventTimes', () => {
  it('collects span edges and console times, sorted and unique', () => {
    expect(eventTimes(result)).toEqual([0, 1000, 3000]);
  });
});

describe('stepTime', () => {
  const times = [0, 1000, 3000];
  it('steps forward and back between events, clamping at the ends', () => {
    expect(stepTime(times, 0, 1)).toBe(1000);
    expect(stepTime(times, 1500, 1)).toBe(3000);
    expect(stepTime(times, 3000, 1)).toBe(3000);
    expect(stepTime(times, 1500, -1)).toBe(1000);
    expect(stepTime(times, 0, -1)).toBe(0);
  });
});

describe('activityAt', () => {
  it('reports the span covering t, with what it awaits', () => {
    expect(activityAt(callApi, 1500)).toMatchObject({ kind: 'waiting', detail: 'sleep(3000)' });
  });
  it('counts a 0 ms running span at its own instant', () => {
    expect(activityAt({ ...callApi, settledAt: null, state: 'pending' }, 3000)).toMatchObject({ kind: 'running' });
  });
  it('prefers the settled state at the instant the task ran its last step and finished', () => {
    expect(activityAt(callApi, 3000)).toEqual({ kind: 'settled', state: 'fulfilled' });
  });
  it('says when a task has not started or has settled', () => {
    expect(activityAt({ ...callApi, createdAt: 10 }, 5)).toEqual({ kind: 'not-started' });
    expect(activityAt(callApi, 4000)).toEqual({ kind: 'settled', state: 'fulfilled' });
  });
  it('is idle between spans of a task that has not settled', () => {
    const gappy: TaskTrace = { ...callApi, settledAt: null, spans: [{ from: 0, to: 10, kind: 'running', detail: '' }] };
    expect(activityAt(gappy, 20)).toEqual({ kind: 'idle' });
  });
});

describe('activityAt for a task pending at the end', () => {
  it('keeps a deadlocked task waiting on its last await', () => {
    const blocked: TaskTrace = {
      ...callApi, settledAt: null, state: 'pending',
      spans: [{ from: 0, to: 1000, kind: 'waiting', detail: 'sleep(1000)' }, { from: 1000, to: 1000, kind: 'waiting', detail: 'Event.wait()' }],
    };
    expect(activityAt(blocked, 1000)).toMatchObject({ kind: 'waiting', detail: 'Event.wait()' });
  });
});

describe('linesUpTo', () => {
  it('counts lines printed at or before t', () => {
    expect(linesUpTo(result.console, 0)).toBe(1);
    expect(linesUpTo(result.console, 2999)).toBe(2);
    expect(linesUpTo(result.console, 3000)).toBe(3);
  });
});
