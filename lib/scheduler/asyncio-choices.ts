// asyncio's choice point while exploring: several entries ready in one round (CPython runs the
// oldest first). The round's live entries are the options, oldest first, so option 0 is CPython's.
import { append, safeArray } from './intrinsics.ts';
import { S } from './state.ts';
import type { Fifo } from './fifo.ts';
import { type Handle, setReadyChooser } from './asyncio/ready.ts';
import { choose } from './choices.ts';
import { finish } from './ending.ts';

function chooseReady(queue: Fifo<Handle>, roundLeft: number): Handle {
  // Cancelled entries run no code (the round skips them): they are not options.
  const live = safeArray<number>();
  for (let i = 0; i < roundLeft; i++) if (!(queue.at(i) as Handle).cancelled) append(live, i);
  if (live.length <= 1) return queue.shift() as Handle;
  const c = choose(live.length, S.now, (k) => (queue.at(live[k]) as Handle).task, (e) => finish('error', S.now, e));
  return queue.takeAt(live[c]) as Handle;
}

/** Called once the chooser is configured: plain runs keep CPython's FIFO untouched. */
export function exploreAsyncioRounds(): void {
  setReadyChooser(chooseReady);
}
