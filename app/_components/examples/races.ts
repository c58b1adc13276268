// The race examples for Explore, each followed by its fixed version (Explore finds exactly one
// outcome for every fixed one), then the event-loop quiz.
import type { Example } from './example';
import { bankFixedExample, bankRaceExample } from './race-bank';
import { cacheFixedExample, cacheRaceExample } from './race-cache';
import { counterFixedExample, counterRaceExample } from './race-counter';
import { immediateQuizExample } from './quiz-immediate';

/** Buggy and fixed, in pairs: [race, fixed]. */
export const RACE_PAIRS: readonly (readonly [Example, Example])[] = [
  [bankRaceExample, bankFixedExample],
  [cacheRaceExample, cacheFixedExample],
  [counterRaceExample, counterFixedExample],
];

export const RACE_EXAMPLES: readonly Example[] = [...RACE_PAIRS.flat(), immediateQuizExample];
