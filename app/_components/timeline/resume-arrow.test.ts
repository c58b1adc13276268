// The resume arrow joins a wait on a task to that task's settle; anything else gets none.
import { describe, expect, it } from 'vitest';
import type { TaskTrace } from '@/lib/runner/protocol.ts';
import { resumeArrow } from './resume-arrow.ts';
import { taskNames } from './words.ts';

const task = (id: number, name: string, settledAt: number | null, spans: TaskTrace['spans'] = []): TaskTrace =>
  ({ id, name, parentId: id === 1 ? null : 1, createdAt: 0, settledAt, state: settledAt === null ? 'pending' : 'fulfilled', spans } as unknown as TaskTrace);

const wait = { kind: 'waiting', detail: 'task callApi#1', from: 0, to: 3000 };
const main = task(1, 'main', 3000, [wait as TaskTrace['spans'][number]]);
const api = task(2, 'callApi', 3000);
const tasks = [main, api];

describe('resumeArrow', () => {
  it('goes from the awaited task settling to the waiter resuming', () => {
    expect(resumeArrow(main, wait, tasks, taskNames(tasks))).toEqual({ fromTaskId: 2, toTaskId: 1, fromMs: 3000, toMs: 3000 });
  });

  it('has none for a sleep, a merged block, or a task still pending', () => {
    const names = taskNames(tasks);
    expect(resumeArrow(main, { ...wait, detail: 'sleep(3000)' }, tasks, names)).toBeNull();
    expect(resumeArrow(main, { ...wait, count: 3 }, tasks, names)).toBeNull();
    const pending = [main, task(2, 'callApi', null)];
    expect(resumeArrow(main, wait, pending, taskNames(pending))).toBeNull();
  });

  it('finds the awaited task by its label among 5,000', () => {
    const many = [main, ...Array.from({ length: 5_000 }, (_, i) => task(i + 2, 'callApi', 10 + i))];
    const arrow = resumeArrow(main, { ...wait, detail: 'task callApi#4999', to: 9_000 }, many, taskNames(many));
    expect(arrow).toEqual({ fromTaskId: 5000, toTaskId: 1, fromMs: 5008, toMs: 9_000 });
  });
});
