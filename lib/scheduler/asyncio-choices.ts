// asyncio's choice point while exploring: several entries ready in one round (CPython runs the
// oldest first). The round's entries that run program code are the options, oldest first, so
// option 0 is CPython's.
import { append, safeArray } from './intrinsics.ts';
import { S } from './state.ts';
import { type Handle, readyEntry, setReadyChooser } from './asyncio/ready.ts';
import { choose } from './choices.ts';
import { finish } from './ending.ts';

/** Entries that run no program code: the round skips cancelled ones and runs pure bookkeeping in passing. */
const inert = (h: Handle) => h.cancelled || h.pure === true;

/** Index (among the round's first `eligible` entries) of the entry to run next. */
function chooseReady(eligible: number): number {
  // Inert entries are not options: reordering them only repeats orderings the next round explores.
  if (inert(readyEntry(0) as Handle)) return 0;
  const live = safeArray<number>();
  for (let i = 0; i < eligible; i++) if (!inert(readyEntry(i) as Handle)) append(live, i);
  if (live.length <= 1) return 0;
  const c = choose(live.length, S.now, (k) => (readyEntry(live[k]) as Handle).task, (e) => finish('error', S.now, e));
  return live[c];
}

/** Called once the chooser is configured: plain runs keep CPython's FIFO untouched. */
export function exploreAsyncioRounds(): void {
  setReadyChooser(chooseReady);
}
