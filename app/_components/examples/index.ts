// The examples menu, in order: the tutorial's three programs first, then one per concept.
import type { Example } from './example';
import { sequentialExample } from './seed-sequential';
import { createTaskExample } from './seed-create-task';
import { otherTasksExample } from './seed-other-tasks';
import { gatherExample } from './gather';
import { waitForTimeoutExample } from './wait-for-timeout';
import { semaphorePoolExample } from './semaphore-pool';
import { producerConsumerExample } from './producer-consumer';
import { deadlockExample } from './deadlock';
import { blockForExample } from './block-for';
import { neverAwaitedExample } from './never-awaited';
import { topLevelAwaitExample } from './top-level-await';
import { RACE_EXAMPLES } from './races';

export type { Example };

export const EXAMPLES: readonly Example[] = [
  sequentialExample,
  createTaskExample,
  otherTasksExample,
  gatherExample,
  waitForTimeoutExample,
  semaphorePoolExample,
  producerConsumerExample,
  deadlockExample,
  blockForExample,
  neverAwaitedExample,
  topLevelAwaitExample,
  ...RACE_EXAMPLES,
];

/** What a first visit shows: the tutorial's richest program. */
export const DEFAULT_EXAMPLE = otherTasksExample;
