// Choice points: whenever more than one macrotask could run next at the same virtual instant, the
// chooser picks which (docs/explore.md). Off by default: a plain run takes option 0 (today's order)
// and collects nothing. Exploring replays a schedule prefix, then takes the default or a random walk.
import type { ChooserConfig, ThrownError } from './abi.ts';
import { JSONStringify, MathImul, StringPrototypeSlice, append, safeArray } from './intrinsics.ts';

/** Choice points a replay describes for the timeline (time and options' tasks); later ones count only. */
const MAX_DETAILED_POINTS = 1_000;
/** Options whose task a described point lists (a 2,000-timer tie would otherwise list 2,000). */
const MAX_DETAILED_OPTIONS = 32;

let active = false;
let cfg: ChooserConfig = { schedule: [], walkSeed: 0, jitter: 0, detail: false };
/** Options at each choice point (only points with more than one), and the index taken there. */
const counts = safeArray<number>();
const taken = safeArray<number>();
/** With cfg.detail: per point, its virtual time and the task each option runs as. */
let details = '';
let misfit: ThrownError | null = null;
let rng = 0;

/** PCT: the choice index where the lowest-priority option runs instead of the highest (-1: none). */
let changePoint = -1;

export function configureChooser(c: ChooserConfig): void {
  active = true;
  cfg = c;
  rng = c.walkSeed >>> 0;
  const depth = c.pctDepth ?? 0;
  if (c.walkSeed !== 0 && depth > 0) changePoint = cfg.schedule.length + nextRandom() % depth;
}

/** A task's PCT priority in this walk: a hash of the walk's seed and the task id. */
function priority(task: number): number {
  let h = MathImul((cfg.walkSeed ^ task) >>> 0, 0x9e3779b1);
  h = MathImul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * PCT's pick: an option whose task has the highest priority (the lowest at the change point);
 * among options of that one task (callbacks of the same task), one at random.
 */
function pctPick(n: number, taskOf: (i: number) => number, k: number): number {
  const low = k === changePoint;
  let bestP = priority(taskOf(0)), ties = 1;
  for (let i = 1; i < n; i++) {
    const p = priority(taskOf(i));
    if (p === bestP) ties++;
    else if (low ? p < bestP : p > bestP) { bestP = p; ties = 1; }
  }
  let pick = nextRandom() % ties;
  for (let i = 0; i < n; i++) if (priority(taskOf(i)) === bestP && pick-- === 0) return i;
  return 0;
}

export function exploring(): boolean {
  return active;
}

/** mulberry32 over the walk's own state (never Math.random, which the program may observe). */
function nextRandom(): number {
  rng = (rng + 0x6d2b79f5) >>> 0;
  let t = rng;
  t = MathImul(t ^ (t >>> 15), t | 1);
  t ^= t + MathImul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

function scheduleError(message: string): ThrownError {
  return { name: 'ScheduleError', message, stack: '' };
}

/**
 * The option to take at a point with n options at virtual time `at`; 0 is the default. taskOf(i)
 * names the task option i runs as (for the timeline). A schedule step out of range is a misfit: the run ends with a
 * ScheduleError naming the step (end is the caller's finish function, to avoid an import cycle).
 */
export function choose(n: number, at: number, taskOf: (i: number) => number, end: (e: ThrownError) => void): number {
  if (!active || n <= 1) return 0;
  const k = taken.length;
  let c = 0;
  if (k < cfg.schedule.length) {
    c = cfg.schedule[k];
    if (!(c >= 0 && c < n)) {
      misfit = scheduleError('schedule step ' + (k + 1) + ' picks option ' + c + ', but that choice point has only ' + n +
        ' options (0–' + (n - 1) + '): the program no longer fits this schedule');
      end(misfit);
      return 0;
    }
  } else if (cfg.walkSeed !== 0) c = changePoint >= 0 ? pctPick(n, taskOf, k) : nextRandom() % n;
  append(counts, n);
  append(taken, c);
  if (cfg.detail && taken.length <= MAX_DETAILED_POINTS) {
    let tasks = '';
    for (let i = 0; i < n && i < MAX_DETAILED_OPTIONS; i++) tasks += (i === 0 ? '' : ',') + taskOf(i);
    details += (details === '' ? '' : ',') + '[' + at + ',' + c + ',[' + tasks + ']]';
  }
  return c;
}

/** At the end of a run: a schedule with non-default steps the run never reached does not fit. */
export function scheduleLeftover(): ThrownError | null {
  if (!active || misfit !== null) return null;
  for (let k = taken.length; k < cfg.schedule.length; k++) {
    if (cfg.schedule[k] !== 0) {
      return scheduleError('the schedule has ' + cfg.schedule.length + ' steps but the run ended after ' + taken.length +
        ' choice points (step ' + (k + 1) + ' was never reached): the program no longer fits this schedule');
    }
  }
  return null;
}

/** What the host reads after the run: JSON { n: options per point, c: index taken, p: details }. */
export function choicesJson(): string {
  return '{"n":' + JSONStringify(counts) + ',"c":' + JSONStringify(taken) + ',"p":[' + details + ']}';
}

/** The explorer's trace sink: chunks stay here, comma-joined, until the host drains them. */
let collected = '';
export function collecting(): boolean {
  return active && cfg.collect === true;
}
/** A chunk is the JSON text of an events array: its events join the collected ones, flat. */
export function collect(chunk: string): void {
  const events = StringPrototypeSlice(chunk, 1, chunk.length - 1);
  if (events !== '') collected = collected === '' ? events : collected + ',' + events;
}
export function drainCollected(): string {
  const all = collected;
  collected = '';
  return all;
}

export function jitterFraction(): number {
  return active ? cfg.jitter : 0;
}
