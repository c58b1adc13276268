// The words under a replayed outcome's timeline: who ran first at each choice point, and whether
// that left the default order.
import { describe, expect, it } from 'vitest';
import type { TaskTrace } from '@/lib/runner/protocol.ts';
import { describeChoices, taskAt } from './choice-text.ts';

const task = (id: number, name: string, waitedUntil?: number): TaskTrace => ({
  id, name, parentId: 1, createdAt: 0, settledAt: 30, state: 'fulfilled',
  spans: waitedUntil === undefined ? [] : [{ from: 0, to: waitedUntil, kind: 'waiting', detail: 'sleep(10)' }],
});

describe('describeChoices', () => {
  it('names the task that ran first and the ones it ran before', () => {
    const [first, second] = describeChoices({
      tasks: [task(3, 'alice', 10), task(4, 'bob', 10)],
      choices: [{ t: 10, taken: 1, tasks: [3, 4] }, { t: 20, taken: 0, tasks: [3, 4] }],
    });
    expect(first).toEqual({ t: 10, deviates: true, text: expect.stringContaining('bob #4 (after sleep(10)) ran before alice #3 (after sleep(10)) (option 1; by default alice #3') });
    expect(second).toMatchObject({ deviates: false, text: expect.stringContaining('alice #3 ran before bob #4 (the default order)') });
  });

  it('says when every option belongs to the same task', () => {
    const [only] = describeChoices({ tasks: [task(1, 'script')], choices: [{ t: 5, taken: 2, tasks: [1, 1, 1] }] });
    expect(only!.text).toMatch(/3 callbacks of script #1 were due; this ordering ran option 2/);
  });

  it('copes with a task id it does not know and a run without choices', () => {
    expect(taskAt(undefined, 9, 0)).toBe('task #9');
    expect(describeChoices({ tasks: [] })).toEqual([]);
  });
});
