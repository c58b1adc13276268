// asyncio's choice point while exploring: several entries ready in one round (CPython runs the
// oldest first). The round's entries that run program code are the options, oldest first, so
// option 0 is CPython's.
import { append, safeArray } from './intrinsics.ts';
import { S } from './state.ts';
import type { Fifo } from './fifo.ts';
import { type Handle, setReadyChooser } from './asyncio/ready.ts';
import { choose } from './choices.ts';
import { finish } from './ending.ts';

/** Entries that run no program code: the round skips cancelled ones and runs pure bookkeeping in passing. */
const inert = (h: Handle) => h.cancelled || h.pure === true;

function chooseReady(queue: Fifo<Handle>, roundLeft: number): Handle {
  // Inert entries are not options: reordering them only repeats orderings the next round explores.
  if (inert(queue.at(0) as Handle)) return queue.shift() as Handle;
  const live = safeArray<number>();
  for (let i = 0; i < roundLeft; i++) if (!inert(queue.at(i) as Handle)) append(live, i);
  if (live.length <= 1) return queue.shift() as Handle;
  const c = choose(live.length, S.now, (k) => (queue.at(live[k]) as Handle).task, (e) => finish('error', S.now, e));
  return queue.takeAt(live[c]) as Handle;
}

/** Called once the chooser is configured: plain runs keep CPython's FIFO untouched. */
export function exploreAsyncioRounds(): void {
  setReadyChooser(chooseReady);
}
