// The ready-made assignment from the tutorial: make the two API calls concurrent (≤ 3 s). Used by
// the seed script, the grading bench and the tests, so all three grade the same thing.
import type { Check } from './checks.ts';
import { example } from '../examples/catalog.ts';

/** The virtual-time budget: two 3-second calls only fit in it when they overlap. */
export const SEED_TIME_LIMIT_MS = 3000;

export const SEED_ASSIGNMENT = {
  title: 'Make the two API calls concurrent',
  instructions: [
    '# Two prices, one wait',
    '',
    'The starter code fetches two stock prices **one after the other**, so it takes 6 s of virtual time.',
    '',
    'Change `main` so both calls run *at the same time* and the program finishes in **at most 3 s**.',
    '',
    '- Hint: `asyncio.createTask(...)` starts a call without waiting for it.',
    '- Keep printing both prices and the final "It took …" line.',
  ].join('\n'),
  // A getter, so importing this module reads nothing: the catalog resolves the project root through
  // env(), and reading it at import would freeze the environment before a test sets its database.
  get starterCode(): string {
    return example('sequential').code;
  },
  checks: [
    { id: 'fast', kind: 'time', op: 'atMost', ms: SEED_TIME_LIMIT_MS, points: 50, visible: true },
    // main waits on both calls while they sleep: three waiting tasks only when the calls overlap.
    { id: 'overlap', kind: 'concurrency', minWaiting: 3, points: 20, visible: true },
    { id: 'clean', kind: 'no-warnings', points: 10, visible: true },
    {
      id: 'both-first', kind: 'output', match: 'regex', points: 20, visible: false,
      lines: ['Get stock price of GOOG\\.\\.\\.', 'Get stock price of APPL\\.\\.\\.', '\\d+', '\\d+', 'It took 3 second\\(s\\) to complete\\.'],
    },
  ] satisfies Check[],
};
