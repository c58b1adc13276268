// The race examples under Explore: each race has more than one outcome, with the default run among
// them; each fixed version has exactly one, the same as its plain run.
import { describe, expect, it } from 'vitest';
import { executeExplore } from '../runner/explore/explore-job.ts';
import { example, loadExamples } from './catalog.ts';

/** Each race with its fixed version: [race, fixed]. */
const RACE_PAIRS = loadExamples().filter((e) => e.fixedBy).map((e) => [e, example(e.fixedBy!)] as const);
const immediateQuizExample = example('quiz-timeout-vs-immediate');

const explore = (code: string) => executeExplore(code, { budget: 1_000, jitter: 0, seed: 1 }).report;

it('three races, each with its fixed version', () => {
  expect(RACE_PAIRS.map(([race, fixed]) => [race.id, fixed.id])).toEqual([
    ['race-bank', 'race-bank-fixed'], ['race-cache', 'race-cache-fixed'], ['race-counter', 'race-counter-fixed'],
  ]);
});

describe.each(RACE_PAIRS.map(([race, fixed]) => [race.id, race, fixed] as const))('%s', (_id, race, fixed) => {
  it('the race has at least two distinct outcomes, found exhaustively', () => {
    const r = explore(race.code);
    expect(r.exhaustive).toBe(true);
    expect(r.outcomes.length).toBeGreaterThanOrEqual(2);
    expect(r.outcomes.some((o) => o.schedule === '')).toBe(true);
    expect(r.outcomes.every((o) => o.status === 'ok')).toBe(true);
  });

  it('the fixed version has exactly one outcome', () => {
    const r = explore(fixed.code);
    expect(r.exhaustive).toBe(true);
    expect(r.outcomes).toHaveLength(1);
    expect(r.outcomes[0]).toMatchObject({ status: 'ok', count: r.explored });
  });
});

it('the bank race: bob is refused by default, and one ordering lets both withdraw', () => {
  const r = explore(RACE_PAIRS[0]![0].code);
  const byDefault = r.outcomes.find((o) => o.schedule === '')!;
  expect(byDefault.stdout).toEqual(['alice: withdrew 70', 'bob: refused (balance was 30)', 'balance: 30']);
  expect(r.outcomes.find((o) => o.schedule !== '')!.stdout).toEqual(['alice: withdrew 70', 'bob: withdrew 50', 'balance: 50']);
});

it('the event-loop quiz: the main module\'s setTimeout 0 vs setImmediate goes either way, the inner pair never', () => {
  const r = explore(immediateQuizExample.code);
  expect(r.exhaustive).toBe(true);
  expect(r.outcomes.map((o) => o.stdout.join(' ')).sort()).toEqual([
    'immediate timeout inner immediate inner timeout',
    'timeout immediate inner immediate inner timeout',
  ]);
});
