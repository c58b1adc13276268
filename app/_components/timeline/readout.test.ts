import { describe, expect, it } from 'vitest';
import type { TaskTrace } from '@/lib/runner/protocol.ts';
import { buildLanes } from './lanes.ts';
import { readoutText } from './readout.ts';
import { spanText, taskNames } from './words.ts';

const tasks: TaskTrace[] = [
  { id: 1, name: 'script', parentId: null, createdAt: 0, settledAt: 0, state: 'fulfilled', spans: [{ from: 0, to: 0, kind: 'running', detail: '' }] },
  { id: 2, name: 'main', parentId: 1, createdAt: 0, settledAt: 3000, state: 'fulfilled', spans: [{ from: 0, to: 3000, kind: 'waiting', detail: 'task callApi#1' }] },
  { id: 3, name: 'callApi', parentId: 2, createdAt: 0, settledAt: 3000, state: 'fulfilled', spans: [{ from: 0, to: 3000, kind: 'waiting', detail: 'sleep(3000)' }] },
  { id: 4, name: 'showMessage', parentId: 2, createdAt: 0, settledAt: 3000, state: 'fulfilled', spans: [{ from: 1000, to: 2000, kind: 'waiting', detail: 'sleep(1000)' }] },
];

describe('readout and names', () => {
  it('summarises every live task at the instant, in one language', () => {
    const lanes = buildLanes(tasks, false);
    expect(readoutText(lanes, taskNames(tasks), 1500)).toBe(
      'main#1 waits for callApi#1 · callApi#1 sleeps until 3 s · showMessage#1 sleeps until 2 s');
  });

  it('labels spans in the code\'s units', () => {
    expect(spanText('sleep(3000)')).toBe('sleep 3 s');
    expect(spanText('sleep(250)')).toBe('sleep 250 ms');
    expect(spanText('task callApi#2')).toBe('callApi#2');
    expect(spanText('gather(2)')).toBe('gather(2)');
  });
});
