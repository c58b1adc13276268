import { describe, expect, it } from 'vitest';
import { buildLanes } from './lanes.ts';
import type { TaskTrace } from '@/lib/runner/protocol.ts';

function task(id: number, name: string, parentId: number | null, createdAt = 0): TaskTrace {
  return { id, name, parentId, createdAt, settledAt: null, state: 'fulfilled', spans: [] };
}

describe('buildLanes', () => {
  it('nests children right under their parent in creation order', () => {
    const lanes = buildLanes([
      task(1, 'script', null),
      task(2, 'main', 1),
      task(4, 'callApi', 2, 5),
      task(3, 'showMessage', 2, 0),
      task(5, 'inner', 3, 1),
    ]);
    expect(lanes.map((l) => `${'  '.repeat(l.depth)}${l.task.name}`)).toEqual([
      'script', '  main', '    showMessage', '      inner', '    callApi',
    ]);
  });

  it('treats a task whose parent is missing as a root', () => {
    const lanes = buildLanes([task(7, 'orphan', 99), task(1, 'script', null)]);
    expect(lanes.map((l) => [l.task.name, l.depth])).toEqual([['script', 0], ['orphan', 0]]);
  });

  it('keeps tasks from a parent cycle instead of dropping them', () => {
    const lanes = buildLanes([task(1, 'a', 2), task(2, 'b', 1)]);
    expect(lanes).toHaveLength(2);
  });

  it('handles deep chains without recursion limits', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => task(i + 1, `t${i}`, i === 0 ? null : i));
    const lanes = buildLanes(chain);
    expect(lanes.at(-1)?.depth).toBe(19_999);
  });
});

describe('buildLanes with direct calls', () => {
  const call = (id: number, name: string, parentId: number, from: number, to: number): TaskTrace => ({
    id, name, parentId, createdAt: from, settledAt: to, state: 'fulfilled', spans: [{ from, to, kind: 'waiting', detail: `sleep(${to - from})` }],
  });
  const caller = (id: number, waits: Array<[string, number, number]>): TaskTrace => ({
    id, name: 'main', parentId: 1, createdAt: 0, settledAt: 6000, state: 'fulfilled',
    spans: waits.map(([label, from, to]) => ({ from, to, kind: 'waiting' as const, detail: `task ${label}` })),
  });

  it('draws coroutines awaited directly as frames in the caller\'s lane, not as tasks', () => {
    const lanes = buildLanes([
      task(1, 'script', null),
      caller(2, [['callApi#1', 0, 3000], ['callApi#2', 3000, 6000]]),
      call(3, 'callApi', 2, 0, 3000),
      call(4, 'callApi', 2, 3000, 6000),
    ]);
    expect(lanes.map((l) => l.task.name)).toEqual(['script', 'main']);
    expect(lanes[1].frames.map((f) => [f.task.id, f.level])).toEqual([[3, 1], [4, 1]]);
  });

  it('keeps a created task (awaited later, not at once) as its own lane', () => {
    const lanes = buildLanes([
      task(1, 'script', null),
      caller(2, [['callApi#1', 1000, 3000]]),
      call(3, 'callApi', 2, 0, 3000),
    ]);
    expect(lanes.map((l) => l.task.name)).toEqual(['script', 'main', 'callApi']);
  });

  it('keeps tasks created together (createTask, then await the first) as their own lanes', () => {
    const lanes = buildLanes([
      task(1, 'script', null),
      caller(2, [['callApi#1', 0, 3000]]),
      call(3, 'callApi', 2, 0, 3000),
      call(4, 'callApi', 2, 0, 3000),
    ]);
    expect(lanes.map((l) => l.task.name)).toEqual(['script', 'main', 'callApi', 'callApi']);
    expect(lanes[1].frames).toEqual([]);
  });
});
