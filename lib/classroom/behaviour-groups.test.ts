// Golden tests: real programs (the playground's examples and a few plain-JS variants) run through
// the real runner, summarised as when stored, and classified; plus grouping (latest submission per
// student, a median representative) and the stored JSON's round trip.
import { describe, expect, it } from 'vitest';
import { goldenPool } from '../runner/test-support/golden-pool.ts';
import { behaviourGroups, classify, type GroupInput } from './behaviour-groups.ts';
import { parseTraceSummary, summarizeTrace, type TraceSummary } from './trace-summary.ts';
import { example } from '../examples/catalog.ts';

const sequentialExample = example('sequential');
const createTaskExample = example('create-task');
const gatherExample = example('gather');
const deadlockExample = example('deadlock');
const neverAwaitedExample = example('never-awaited');
const blockForExample = example('block-for');

const { run } = goldenPool();

const JS_SEQUENTIAL = `const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function fetchOne(n: number) { await sleep(1000); return n; }
async function main() { for (let i = 0; i < 3; i++) console.log(await fetchOne(i)); }
main();`;
const JS_CONCURRENT = `const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function fetchOne(n: number) { await sleep(1000); return n; }
async function main() { console.log(await Promise.all([fetchOne(1), fetchOne(2), fetchOne(3)])); }
main();`;
const THROWS = `async function main() { await new Promise((r) => setTimeout(r, 10)); throw new Error('boom'); }
main();`;
const ONE_WAIT = `await new Promise((r) => setTimeout(r, 500)); console.log('done');`;

/** [name, program, summary fields, behaviour without a budget, behaviour with a 3 s budget]. */
const GOLDEN: Array<[string, string, Partial<TraceSummary>, string, string]> = [
  ['sequential (tutorial)', sequentialExample.code, { status: 'ok', virtualMs: 6000, peakWaiting: 1, leafWaits: 2, blockingMs: 0 }, 'sequential', 'sequential'],
  ['createTask (tutorial)', createTaskExample.code, { status: 'ok', virtualMs: 3000, peakWaiting: 2, leafWaits: 2 }, 'concurrent', 'concurrent'],
  ['gather of three', gatherExample.code, { status: 'ok', virtualMs: 3000, peakWaiting: 3, leafWaits: 3 }, 'concurrent', 'concurrent'],
  ['deadlock', deadlockExample.code, { status: 'deadlock', virtualMs: 1000 }, 'deadlocked', 'deadlocked'],
  ['never awaited', neverAwaitedExample.code, { status: 'ok', virtualMs: 1000, cancelledAtShutdown: 1, neverAwaited: 1, unfinished: 2 }, 'cancelled-at-shutdown', 'cancelled-at-shutdown'],
  ['blockFor', blockForExample.code, { status: 'ok', virtualMs: 5000, blockingMs: 2000, peakWaiting: 2 }, 'blocking', 'blocking'],
  ['plain JS, awaits in a loop', JS_SEQUENTIAL, { status: 'ok', virtualMs: 3000, peakWaiting: 1, leafWaits: 3, neverAwaited: 1, unfinished: 0 }, 'sequential', 'sequential'],
  ['plain JS, Promise.all', JS_CONCURRENT, { status: 'ok', virtualMs: 1000, peakWaiting: 3, leafWaits: 3 }, 'concurrent', 'concurrent'],
  ['throws', THROWS, { status: 'error' }, 'failed', 'failed'],
  ['a single wait', ONE_WAIT, { status: 'ok', virtualMs: 500, peakWaiting: 1, leafWaits: 1 }, 'other', 'other'],
];

describe('behaviour of real programs', () => {
  it.each(GOLDEN)('%s', async (_name, code, fields, unbudgeted, budgeted) => {
    const result = await run(code);
    const summary = summarizeTrace(result);
    expect(summary).toMatchObject(fields);
    expect(classify(summary, { targetMs: null })).toBe(unbudgeted);
    expect(classify(summary, { targetMs: 3000 })).toBe(budgeted);
    // What the database stores is small and reads back the same.
    const json = JSON.stringify(summary);
    expect(json.length).toBeLessThan(300);
    expect(parseTraceSummary(json)).toEqual(summary);
  });

  it('blocking within the budget is not "over the budget because of blocking"', async () => {
    const summary = summarizeTrace(await run(blockForExample.code));
    expect(classify(summary, { targetMs: 5000 })).toBe('concurrent');
    expect(classify(summary, { targetMs: 4999 })).toBe('blocking');
  });
});

describe('stored summaries', () => {
  it.each([null, '', 'not json', '{"v":0}', '{"v":1,"status":"nope"}'])('%j reads as missing, so the group says "regrade"', (json) => {
    expect(parseTraceSummary(json)).toBeNull();
    expect(classify(parseTraceSummary(json), { targetMs: null })).toBe('unknown');
  });
});

describe('grouping', () => {
  const summary = (peakWaiting: number, virtualMs: number): TraceSummary =>
    ({ v: 1, status: 'ok', virtualMs, peakWaiting, leafWaits: 2, blockingMs: 0, cancelledAtShutdown: 0, neverAwaited: 0, unfinished: 0, tasks: 3 });
  const sub = (submissionId: string, studentId: string, minute: number, s: TraceSummary | null): GroupInput =>
    ({ submissionId, studentId, username: `user-${studentId}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)), summary: s });

  it("uses each student's latest submission only, and a median representative", () => {
    const groups = behaviourGroups([
      sub('a1', 'a', 1, summary(1, 6000)), sub('a2', 'a', 2, summary(2, 3000)), // a moved on to concurrent
      sub('b1', 'b', 1, summary(2, 2000)), sub('c1', 'c', 3, summary(2, 9000)), sub('d1', 'd', 1, summary(1, 6000)),
      sub('e1', 'e', 1, null),
    ], { targetMs: null });
    expect(groups.map((g) => [g.behaviour, g.students.map((s) => s.studentId)])).toEqual([
      ['concurrent', ['a', 'b', 'c']], ['sequential', ['d']], ['unknown', ['e']],
    ]);
    expect(groups[0]!.representativeId).toBe('a2'); // 2000, 3000, 9000 → 3000
  });

  it('names the budget in the blocking group', () => {
    const blocking = { ...summary(1, 5000), blockingMs: 2000 };
    expect(behaviourGroups([sub('x', 'x', 1, blocking)], { targetMs: 3000 })[0]!.description).toMatch(/over the 3000 ms time budget/);
  });
});
