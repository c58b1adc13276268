// The asyncio loop's rounds, driven directly (no isolate): FIFO by default, entries queued during
// a round wait for the next one, and the single choice point an explorer can replace.
import { afterEach, describe, expect, it } from 'vitest';
import { callSoon, continueRound, setReadyChooser } from './ready.ts';
import { peekTimer, takeTimer } from '../clock.ts';

/** Runs the loop as step() does: the current round first, else the next timer (a round start). */
function drain(): void {
  for (let guard = 0; guard < 1000; guard++) {
    if (continueRound()) continue;
    if (peekTimer() === null) return;
    takeTimer().fn();
  }
  throw new Error('the loop did not settle');
}

afterEach(() => setReadyChooser(null));

describe('asyncio rounds', () => {
  it('run entries FIFO; what a round queues runs in the next round', () => {
    const log: string[] = [];
    callSoon(() => { log.push('a'); callSoon(() => log.push('a2')); });
    callSoon(() => log.push('b'));
    drain();
    expect(log).toEqual(['a', 'b', 'a2']);
  });

  it('take the entry a chooser picks, only among the current round', () => {
    const log: string[] = [];
    const offered: number[] = [];
    setReadyChooser((eligible) => { offered.push(eligible); return eligible - 1; });
    callSoon(() => { log.push('a'); callSoon(() => log.push('next round')); });
    callSoon(() => log.push('b'));
    callSoon(() => log.push('c'));
    drain();
    expect(log).toEqual(['c', 'b', 'a', 'next round']);
    expect(offered).toEqual([3, 2]); // with one entry left there is no choice to make
  });

  it('ignore a chooser answer out of range and fall back to the oldest', () => {
    const log: string[] = [];
    setReadyChooser(() => 99);
    callSoon(() => log.push('x'));
    callSoon(() => log.push('y'));
    drain();
    expect(log).toEqual(['x', 'y']);
  });
});
