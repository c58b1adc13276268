// The two Explore checks on real explorations: a race fails "output under every ordering" with its
// smallest failing schedule, which replays to that output; the fix passes; find-the-race counts
// outcomes; a hostile submission cannot pass by timing out or by hiding from the explorer.
import { describe, expect, it } from 'vitest';
import { executeExplore } from '../../runner/explore/explore-job.ts';
import { Check } from '../checks.ts';
import { grade, gradeProgram } from '../grade.ts';
import { runResult } from '../test-support/run-result.ts';
import { example } from '../../examples/catalog.ts';

const bankFixedExample = example('race-bank-fixed');
const bankRaceExample = example('race-bank');

const explore = async (code: string) => executeExplore(code, { budget: 1_000, jitter: 0, seed: 1 }).report;
const base = { id: 'x', points: 10, visible: true };
const holds: Check = { ...base, kind: 'explore-output', match: 'exact', lines: ['alice: withdrew 70', 'bob: refused (balance was 30)', 'balance: 30'] };
const twoOutcomes: Check = { ...base, id: 'y', kind: 'explore-outcomes', min: 2 };

describe('explore-output', () => {
  it('fails the race with its smallest failing schedule and says which line differs', async () => {
    const { grade: g } = await gradeProgram(bankRaceExample.code, [holds], async () => runResult(), explore);
    expect(g.checks[0]).toMatchObject({
      passed: false, schedule: '1',
      reason: 'under schedule 1 (reached by 2 of the 4 orderings explored (all there are)) line 2 is "bob: withdrew 50", expected "bob: refused (balance was 30)"',
    });
  });

  it('passes the fixed version under all its orderings', async () => {
    const { grade: g } = await gradeProgram(bankFixedExample.code, [holds], async () => runResult(), explore);
    expect(g.checks[0]).toMatchObject({ passed: true, reason: 'the output matched under all 4 orderings explored (all there are)' });
  });

  it('a submission that loops forever in one rare ordering fails: the loop would hide the orderings after it', async () => {
    // Only the non-default ordering loops: it would hide every ordering after it.
    const code = `let seen = false; setTimeout(() => { seen = true; console.log("a"); }, 1); setTimeout(() => { while (!seen) {} }, 1);`;
    const { grade: g } = await gradeProgram(code, [{ ...holds, lines: ['a'] }], async () => runResult(), explore);
    expect(g.checks[0]).toMatchObject({ passed: false, schedule: '1', reason: 'under schedule 1 the program hit the time limit, which ended the exploration' });
  }, 20_000);

  it('is not fooled by global state: each ordering starts fresh, so a counter cannot tell runs apart', async () => {
    const code = `const g = globalThis as any; g.n = (g.n ?? 0) + 1;
setTimeout(() => console.log(g.n === 1 ? "honest" : "cheat"), 1); setTimeout(() => {}, 1);`;
    const { grade: g } = await gradeProgram(code, [{ ...holds, lines: ['cheat'] }], async () => runResult(), explore);
    expect(g.checks[0]).toMatchObject({ passed: false, reason: expect.stringContaining('"honest"') });
  });

  it('fails, never passes, when no exploration was made', () => {
    expect(grade([holds], runResult()).checks[0]).toMatchObject({ passed: false, reason: 'the program could not be explored' });
  });
});

describe('explore-outcomes', () => {
  it('passes the race (2 outcomes) and fails the fix (1)', async () => {
    expect((await gradeProgram(bankRaceExample.code, [twoOutcomes], async () => runResult(), explore)).grade.checks[0])
      .toMatchObject({ passed: true, reason: 'found 2 distinct outcomes in 4 orderings explored (all there are)' });
    expect((await gradeProgram(bankFixedExample.code, [twoOutcomes], async () => runResult(), explore)).grade.checks[0])
      .toMatchObject({ passed: false, reason: 'found 1 distinct outcome in 4 orderings explored (all there are); expected at least 2' });
  });

  it('explores only when an Explore check asks for it', async () => {
    let explored = 0;
    await gradeProgram('console.log(1)', [{ ...base, kind: 'status', status: 'ok' }], async () => runResult(), async (c) => { explored++; return explore(c); });
    expect(explored).toBe(0);
  });

  it('the schema refuses a minimum below 2 and bad regexes', () => {
    expect(Check.safeParse({ ...twoOutcomes, min: 1 }).success).toBe(false);
    expect(Check.safeParse({ ...holds, match: 'regex', lines: ['('] }).success).toBe(false);
  });
});
