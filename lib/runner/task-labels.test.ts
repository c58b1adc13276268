// Task labels number tasks of one name in creation order.
import { describe, expect, it } from 'vitest';
import { taskLabels } from './task-labels.ts';
import type { TaskTrace } from './protocol.ts';

const task = (id: number, name: string): TaskTrace => ({
  id, name, parentId: null, createdAt: 0, settledAt: null, state: 'pending', spans: [],
});

describe('taskLabels', () => {
  it('numbers each name separately, by creation order', () => {
    const labels = taskLabels([task(5, 'callApi'), task(1, 'script'), task(4, 'callApi'), task(2, 'main')]);
    expect([...labels.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 'script#1'], [2, 'main#1'], [4, 'callApi#1'], [5, 'callApi#2'],
    ]);
  });
});
